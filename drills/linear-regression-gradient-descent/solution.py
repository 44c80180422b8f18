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
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or len(X) != len(y):
        raise ValueError("X must be (n, d) and y (n,) with the same n")
    n = len(X)
    if n == 0:
        raise ValueError("need at least one sample")
    w, b = np.zeros(X.shape[1]), 0.0
    losses = np.empty(n_iters)
    for t in range(n_iters):
        r = X @ w + b - y                 # residuals, shape (n,)
        losses[t] = r @ r / n
        w -= lr * (2.0 / n) * (X.T @ r)   # dL/dw = (2/n) X^T r
        b -= lr * (2.0 / n) * r.sum()     # dL/db = (2/n) sum(r)
    return w, float(b), losses
