import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _pads(size: int, k: int, stride: int, padding) -> tuple[int, int]:
    if padding == "valid":
        return 0, 0
    if padding == "same":
        out = -(-size // stride)                              # ceil(size / stride)
        total = max((out - 1) * stride + k - size, 0)
        return total // 2, total - total // 2                 # the extra pixel goes after
    if isinstance(padding, int) and padding >= 0:
        return padding, padding
    raise ValueError("padding must be 'valid', 'same' or a non-negative int")


def conv2d(x: np.ndarray, w: np.ndarray, b: np.ndarray | None = None, stride: int = 1, padding="valid") -> np.ndarray:
    """2-D convolution as in deep-learning frameworks (cross-correlation: the kernel is not flipped).

    x: float (N, C_in, H, W); w: float (C_out, C_in, kh, kw); b: float (C_out,) or None.
    padding: "valid" (none), "same" (output H_out = ceil(H / stride), total zero padding
    max((H_out - 1) * stride + kh - H, 0) split as evenly as possible with the extra row at the
    bottom / the extra column at the right), or an int p (p zeros on every side).
    H_out = (H + pad_top + pad_bottom - kh) // stride + 1 (same for W).
    Returns float (N, C_out, H_out, W_out). Raises ValueError for mismatched channels, stride < 1,
    a bad padding value, or a kernel larger than the padded input.
    """
    x = np.asarray(x, dtype=float)
    w = np.asarray(w, dtype=float)
    if x.shape[1] != w.shape[1] or stride < 1:
        raise ValueError("channel mismatch or stride < 1")
    kh, kw = w.shape[2:]
    top, bottom = _pads(x.shape[2], kh, stride, padding)
    left, right = _pads(x.shape[3], kw, stride, padding)
    xp = np.pad(x, ((0, 0), (0, 0), (top, bottom), (left, right)))
    if xp.shape[2] < kh or xp.shape[3] < kw:
        raise ValueError("kernel larger than the padded input")
    # (N, C_in, H', W', kh, kw) view of every window, then keep every stride-th window
    win = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwij,ocij->nohw", win, w)
    if b is not None:
        out += np.asarray(b, dtype=float)[None, :, None, None]
    return out
