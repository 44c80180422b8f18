import numpy as np


def predict_proba(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Class probabilities softmax(X W + b), shape (n_samples, n_classes); stable for huge logits."""
    raise NotImplementedError


def fit_softmax_regression(
    X: np.ndarray, y: np.ndarray, n_classes: int, lr: float = 0.1, n_iters: int = 1000, l2: float = 0.0
) -> tuple[np.ndarray, np.ndarray]:
    """Multinomial logistic regression by batch gradient descent.

    Minimises mean cross-entropy + (l2 / 2) * ||W||_F^2 (b not penalised), from W = 0, b = 0.
    X: float (n_samples, n_features); y: int labels in [0, n_classes) (n_samples,).
    Returns (W (n_features, n_classes), b (n_classes,)). A class absent from y still gets a column.
    Raises ValueError if a label is outside [0, n_classes) or len(y) != len(X).
    """
    raise NotImplementedError
