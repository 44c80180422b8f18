import numpy as np


def softmax_cross_entropy(
    logits: np.ndarray, labels: np.ndarray, ignore_index: int = -100
) -> tuple[float, np.ndarray]:
    """Mean cross-entropy over positions whose label != ignore_index, and dloss/dlogits (N, C).

    All positions ignored -> (0.0, zeros). ValueError for other labels outside [0, C).
    """
    n, c = logits.shape
    valid = labels != ignore_index
    if np.any((labels[valid] < 0) | (labels[valid] >= c)):
        raise ValueError("label out of range")
    grad = np.zeros_like(logits, dtype=np.float64)
    count = int(valid.sum())
    if count == 0:
        return 0.0, grad
    z = logits[valid]
    y = labels[valid]
    shifted = z - z.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    rows = np.arange(count)
    loss = -log_probs[rows, y].sum() / count
    g = np.exp(log_probs)
    g[rows, y] -= 1.0
    grad[valid] = g / count
    return float(loss), grad
