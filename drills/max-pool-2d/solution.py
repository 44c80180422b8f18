import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def max_pool2d(x: np.ndarray, kernel_size: int, stride: int | None = None) -> np.ndarray:
    """2-D max pooling over the last two axes, no padding, floor mode.

    x: float (..., H, W); kernel_size k; stride s (default k).
    H_out = (H - k) // s + 1, W_out likewise; windows that would run past the edge are dropped.
    Returns float (..., H_out, W_out). Raises ValueError if k or s < 1 or k > H or k > W.
    """
    x = np.asarray(x, dtype=float)
    s = kernel_size if stride is None else stride
    if kernel_size < 1 or s < 1 or kernel_size > x.shape[-2] or kernel_size > x.shape[-1]:
        raise ValueError("need 1 <= kernel_size <= H, W and stride >= 1")
    win = sliding_window_view(x, (kernel_size, kernel_size), axis=(-2, -1))
    return win[..., ::s, ::s, :, :].max(axis=(-2, -1))
