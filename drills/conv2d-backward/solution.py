import numpy as np


def _patch_indices(c: int, kh: int, kw: int, oh: int, ow: int, stride: int):
    """Index arrays (rows, cols), each (C*KH*KW, OH*OW), into the padded image of one sample."""
    ch = np.repeat(np.arange(c), kh * kw)[:, None]
    u = np.tile(np.repeat(np.arange(kh), kw), c)[:, None]
    v = np.tile(np.arange(kw), kh * c)[:, None]
    i = stride * np.repeat(np.arange(oh), ow)[None, :]
    j = stride * np.tile(np.arange(ow), oh)[None, :]
    return ch, u + i, v + j


def conv2d_backward(
    dout: np.ndarray, x: np.ndarray, w: np.ndarray, stride: int = 1, padding: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gradients of out = conv2d(x, w, b) (cross-correlation, zero padding).

    dout (N, F, OH, OW), x (N, C, H, W), w (F, C, KH, KW) -> (dx like x, dw like w, db (F,)).
    """
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    _, _, oh, ow = dout.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    ch, rows, cols = _patch_indices(c, kh, kw, oh, ow, stride)
    x_cols = xp[:, ch, rows, cols]  # (N, C*KH*KW, OH*OW)
    d = dout.reshape(n, f, oh * ow)  # (N, F, OH*OW)
    db = dout.sum(axis=(0, 2, 3))
    dw = np.einsum("nfp,nkp->fk", d, x_cols).reshape(w.shape)
    dcols = np.einsum("fk,nfp->nkp", w.reshape(f, -1), d)  # gradient of each column entry
    dxp = np.zeros_like(xp)
    # col2im: overlapping windows hit the same pixel, so accumulate without buffering
    np.add.at(dxp, (slice(None), ch, rows, cols), dcols)
    dx = dxp[:, :, padding : padding + h, padding : padding + wd]
    return dx, dw, db
