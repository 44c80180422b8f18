import numpy as np


def train_perceptron(X: np.ndarray, y: np.ndarray, max_epochs: int = 100) -> tuple[np.ndarray, float, int]:
    """Rosenblatt's perceptron with learning rate 1.

    X: float (n_samples, n_features); y: labels in {-1, +1}. Start at w = 0, b = 0; each epoch visits
    the samples in order and, whenever y_i * (w . x_i + b) <= 0 (a mistake; 0 counts as a mistake),
    sets w += y_i x_i and b += y_i. Stop after the first epoch without mistakes, or after max_epochs.
    Returns (w (n_features,), b float, number of updates made).
    Raises ValueError for labels other than -1/+1 or mismatched lengths.
    """
    raise NotImplementedError
