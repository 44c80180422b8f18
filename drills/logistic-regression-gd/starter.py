import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    """Elementwise 1 / (1 + exp(-z)) without overflow for any finite float z."""
    raise NotImplementedError


def fit_logistic_regression(
    X: np.ndarray, y: np.ndarray, lr: float = 0.1, n_iters: int = 1000, l2: float = 0.0
) -> tuple[np.ndarray, float]:
    """Batch gradient descent on mean log loss + (l2 / 2) * ||w||^2 (intercept not penalised).

    X: float (n_samples, n_features); y: 0/1 labels (n_samples,). Start from w = 0, b = 0,
    take n_iters full-batch steps of size lr. Returns (w (n_features,), b float).
    Raises ValueError if y contains values other than 0 and 1 or len(y) != len(X).
    """
    raise NotImplementedError


def predict_proba(X: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    """P(y = 1 | x) for each row of X, shape (n_samples,)."""
    raise NotImplementedError
