import numpy as np


def attention_backward(
    dout: np.ndarray, q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gradients of O = softmax(q k^T / sqrt(d), masked) v with respect to q, k and v."""
    raise NotImplementedError
