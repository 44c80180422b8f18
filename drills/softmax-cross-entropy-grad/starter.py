import numpy as np


def softmax_cross_entropy(
    logits: np.ndarray, labels: np.ndarray, ignore_index: int = -100
) -> tuple[float, np.ndarray]:
    """Mean cross-entropy over positions whose label != ignore_index, and dloss/dlogits (N, C).

    All positions ignored -> (0.0, zeros). ValueError for other labels outside [0, C).
    """
    raise NotImplementedError
