import numpy as np


def _source_coords(out_size: int, in_size: int):
    """Half-pixel mapping (align_corners=False): src = (dst + 0.5) * in / out - 0.5, clamped."""
    src = (np.arange(out_size) + 0.5) * (in_size / out_size) - 0.5
    src = np.clip(src, 0.0, in_size - 1)
    i0 = np.floor(src).astype(int)
    i1 = np.minimum(i0 + 1, in_size - 1)
    return i0, i1, src - i0


def resize_bilinear(image: np.ndarray, out_h: int, out_w: int) -> np.ndarray:
    """Bilinear resize of an (H, W) or (H, W, C) image, half-pixel centres (align_corners=False).

    Output pixel (i, j) samples the input at y = (i + 0.5) * H / out_h - 0.5 and
    x = (j + 0.5) * W / out_w - 0.5, each clamped to [0, size - 1], and interpolates linearly
    between the 4 surrounding pixels. No anti-aliasing when shrinking. Returns float
    (out_h, out_w[, C]). Raises ValueError if an output size is < 1 or the image is empty.
    """
    img = np.asarray(image, dtype=float)
    if out_h < 1 or out_w < 1 or img.shape[0] == 0 or img.shape[1] == 0:
        raise ValueError("sizes must be positive")
    y0, y1, wy = _source_coords(out_h, img.shape[0])
    x0, x1, wx = _source_coords(out_w, img.shape[1])
    extra = (1,) * (img.ndim - 2)                     # broadcast weights over channels
    wy = wy.reshape(-1, 1, *extra)
    wx = wx.reshape(1, -1, *extra)
    top = img[y0][:, x0] * (1 - wx) + img[y0][:, x1] * wx
    bottom = img[y1][:, x0] * (1 - wx) + img[y1][:, x1] * wx
    return top * (1 - wy) + bottom * wy
