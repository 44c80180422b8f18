import numpy as np


def fit_linear_regression_gd(
    X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iters: int = 1000
) -> tuple[np.ndarray, float, np.ndarray]:
    """Batch gradient descent on the mean squared error L(w, b) = mean((X w + b - y)^2).

    X: float array (n_samples, n_features); y: float array (n_samples,).
    Start from w = 0, b = 0 and take n_iters full-batch steps of size lr.
    Returns (w, b, losses): w (n_features,), b float, losses (n_iters,) where losses[t] is
    the loss *before* step t. Raises ValueError if n_samples == 0 or len(y) != len(X).
    """
    raise NotImplementedError
