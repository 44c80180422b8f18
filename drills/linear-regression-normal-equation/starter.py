import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray, fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    """Ordinary least squares: minimise ||y - X w - b||^2.

    X: float array (n_samples, n_features); y: float array (n_samples,).
    Returns (w, b): w of shape (n_features,), b a float (0.0 when fit_intercept is False).
    When X^T X is singular, return the minimum-norm w (the intercept is not part of that norm).
    Raises ValueError if n_samples == 0 or len(y) != len(X).
    """
    raise NotImplementedError
