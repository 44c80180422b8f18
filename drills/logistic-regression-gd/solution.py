import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Elementwise 1 / (1 + exp(-z)) without overflow for any finite float z."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))               # in (0, 1]: never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def fit_logistic_regression(
    X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iters: int = 1000, l2: float = 0.0
) -> tuple[np.ndarray, float]:
    """Batch gradient descent on mean log loss + (l2 / 2) * ||w||^2 (intercept not penalised).

    X: float (n_samples, n_features); y: 0/1 labels (n_samples,). Start from w = 0, b = 0,
    take n_iters full-batch steps of size lr. Returns (w (n_features,), b float).
    Raises ValueError if y contains values other than 0 and 1 or len(y) != len(X).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or len(X) != len(y) or len(X) == 0:
        raise ValueError("X must be (n, d) and y (n,) with the same n > 0")
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("labels must be 0 or 1")
    n = len(X)
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(n_iters):
        err = sigmoid(X @ w + b) - y          # d(log loss)/d(logit) = p - y
        w -= lr * (X.T @ err / n + l2 * w)
        b -= lr * err.mean()
    return w, float(b)


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """P(y = 1 | x) for each row of X, shape (n_samples,)."""
    return sigmoid(np.asarray(X, dtype=float) @ w + b)
