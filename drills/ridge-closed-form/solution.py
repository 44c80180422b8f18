import numpy as np


def fit_ridge(X: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Ridge regression in closed form: minimise ||y - X w - b||^2 + alpha * ||w||^2.

    The intercept b is not penalised. X: float (n_samples, n_features); y: float (n_samples,);
    alpha >= 0. Returns (w (n_features,), b float).
    Raises ValueError if alpha < 0, n_samples == 0 or len(y) != len(X).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if alpha < 0:
        raise ValueError("alpha must be non-negative")
    if X.ndim != 2 or len(X) != len(y) or len(X) == 0:
        raise ValueError("X must be (n, d) and y (n,) with the same n > 0")
    # Centre so that the unpenalised intercept drops out of the penalised system.
    x_mean, y_mean = X.mean(axis=0), y.mean()
    Xc, yc = X - x_mean, y - y_mean
    d = X.shape[1]
    A = Xc.T @ Xc + alpha * np.eye(d)
    if alpha > 0:
        w = np.linalg.solve(A, Xc.T @ yc)   # A is symmetric positive definite
    else:
        w = np.linalg.lstsq(Xc, yc, rcond=None)[0]
    return w, float(y_mean - x_mean @ w)
