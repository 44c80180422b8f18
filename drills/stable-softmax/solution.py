import numpy as np


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    """Softmax of x along axis; same shape as x, each slice sums to 1."""
    shifted = x - np.max(x, axis=axis, keepdims=True)  # exp never overflows: the largest term is e^0
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)
