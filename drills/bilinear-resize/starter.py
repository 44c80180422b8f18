import numpy as np


def resize_bilinear(image: np.ndarray, out_h: int, out_w: int) -> np.ndarray:
    """Bilinear resize of an (H, W) or (H, W, C) image, half-pixel centres (align_corners=False).

    Output pixel (i, j) samples the input at y = (i + 0.5) * H / out_h - 0.5 and
    x = (j + 0.5) * W / out_w - 0.5, each clamped to [0, size - 1], and interpolates linearly
    between the 4 surrounding pixels. No anti-aliasing when shrinking. Returns float
    (out_h, out_w[, C]). Raises ValueError if an output size is < 1 or the image is empty.
    """
    raise NotImplementedError
