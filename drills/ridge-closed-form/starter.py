import numpy as np


def fit_ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Ridge regression in closed form: minimise ||y - X w - b||^2 + alpha * ||w||^2.

    The intercept b is not penalised. X: float (n_samples, n_features); y: float (n_samples,);
    alpha >= 0. Returns (w (n_features,), b float).
    Raises ValueError if alpha < 0, n_samples == 0 or len(y) != len(X).
    """
    raise NotImplementedError
