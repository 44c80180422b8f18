import numpy as np


def train_perceptron(X: np.ndarray, y: np.ndarray, max_epochs: int = 100) -> tuple[np.ndarray, float, int]:
    """Rosenblatt's perceptron with learning rate 1.

    X: float (n_samples, n_features); y: labels in {-1, +1}. Start at w = 0, b = 0; each epoch visits
    the samples in order and, whenever y_i * (w . x_i + b) <= 0 (a mistake; 0 counts as a mistake),
    sets w += y_i x_i and b += y_i. Stop after the first epoch without mistakes, or after max_epochs.
    Returns (w (n_features,), b float, number of updates made).
    Raises ValueError for labels other than -1/+1 or mismatched lengths.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if len(X) != len(y) or not np.isin(y, (-1, 1)).all():
        raise ValueError("y must hold -1/+1 labels, one per row of X")
    w, b, updates = np.zeros(X.shape[1]), 0.0, 0
    for _ in range(max_epochs):
        mistakes = 0
        for xi, yi in zip(X, y):                  # online: each update changes the next prediction
            if yi * (xi @ w + b) <= 0:
                w += yi * xi
                b += yi
                mistakes += 1
        updates += mistakes
        if mistakes == 0:
            break
    return w, float(b), updates
