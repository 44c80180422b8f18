import numpy as np


def predict_proba(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Class probabilities softmax(X W + b), shape (n_samples, n_classes); stable for huge logits."""
    logits = np.asarray(X, dtype=float) @ W + b
    logits -= logits.max(axis=1, keepdims=True)       # avoid overflow in exp
    e = np.exp(logits)
    return e / e.sum(axis=1, keepdims=True)


def fit_softmax_regression(
    X: np.ndarray, y: np.ndarray, n_classes: int, lr: float = 0.1, n_iters: int = 1000, l2: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by batch gradient descent.

    Minimises mean cross-entropy + (l2 / 2) * ||W||_F^2 (b not penalised), from W = 0, b = 0.
    X: float (n_samples, n_features); y: int labels in [0, n_classes) (n_samples,).
    Returns (W (n_features, n_classes), b (n_classes,)). A class absent from y still gets a column.
    Raises ValueError if a label is outside [0, n_classes) or len(y) != len(X).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or len(X) != len(y) or len(X) == 0:
        raise ValueError("X must be (n, d) and y (n,) with the same n > 0")
    if y.min() < 0 or y.max() >= n_classes:
        raise ValueError("labels must lie in [0, n_classes)")
    n, d = X.shape
    Y = np.eye(n_classes)[y]                  # one-hot, (n, K)
    W, b = np.zeros((d, n_classes)), np.zeros(n_classes)
    for _ in range(n_iters):
        G = predict_proba(X, W, b) - Y        # d(CE)/d(logits) = P - Y
        W -= lr * (X.T @ G / n + l2 * W)
        b -= lr * G.mean(axis=0)
    return W, b
