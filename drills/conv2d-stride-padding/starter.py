import numpy as np


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
    raise NotImplementedError
