import numpy as np


def max_pool2d(x: np.ndarray, kernel_size: int, stride: int | None = None) -> np.ndarray:
    """2-D max pooling over the last two axes, no padding, floor mode.

    x: float (..., H, W); kernel_size k; stride s (default k).
    H_out = (H - k) // s + 1, W_out likewise; windows that would run past the edge are dropped.
    Returns float (..., H_out, W_out). Raises ValueError if k or s < 1 or k > H or k > W.
    """
    raise NotImplementedError
