import numpy as np


def fit_linear_regression(X: np.ndarray, y: np.ndarray, fit_intercept: bool = True) -> tuple[np.ndarray, float]:
    """Ordinary least squares: minimise ||y - X w - b||^2.

    X: float array (n_samples, n_features); y: float array (n_samples,).
    Returns (w, b): w of shape (n_features,), b a float (0.0 when fit_intercept is False).
    When X^T X is singular, return the minimum-norm w (the intercept is not part of that norm).
    Raises ValueError if n_samples == 0 or len(y) != len(X).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or len(X) != len(y):
        raise ValueError("X must be (n, d) and y (n,) with the same n")
    if len(X) == 0:
        raise ValueError("need at least one sample")
    if fit_intercept:
        # Centring removes b from the problem: b = mean(y) - mean(X) @ w afterwards.
        x_mean, y_mean = X.mean(axis=0), y.mean()
        Xc, yc = X - x_mean, y - y_mean
    else:
        x_mean, y_mean = np.zeros(X.shape[1]), 0.0
        Xc, yc = X, y
    # lstsq solves the normal equations X^T X w = X^T y via SVD: stable, and the
    # minimum-norm solution when X^T X is singular (np.linalg.solve would fail).
    w, *_ = np.linalg.lstsq(Xc, yc, rcond=None)
    b = float(y_mean - x_mean @ w) if fit_intercept else 0.0
    return w, b
