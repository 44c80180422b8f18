import numpy as np


def scaled_dot_product_attention(
    q: np.ndarray, k: np.ndarray, v: np.ndarray, mask: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """softmax(q k^T / sqrt(dk)) v over the last axis of the scores; mask True = may attend.

    Returns (out (..., Lq, dv), weights (..., Lq, Lk)); fully masked rows give zeros.
    """
    raise NotImplementedError
