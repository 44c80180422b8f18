import numpy as np


def apply_rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    """Rotate adjacent pairs (x[2i], x[2i+1]) of x (..., L, d) by positions[l] * base^(-2i/d)."""
    d = x.shape[-1]
    if d % 2 or len(positions) != x.shape[-2]:
        raise ValueError("need an even feature size and one position per row")
    theta = base ** (-np.arange(0, d, 2) / d)  # (d/2,)
    angles = np.asarray(positions)[:, None] * theta[None, :]  # (L, d/2)
    cos, sin = np.cos(angles), np.sin(angles)
    x_even, x_odd = x[..., 0::2], x[..., 1::2]
    out = np.empty_like(x, dtype=np.float64)
    out[..., 0::2] = x_even * cos - x_odd * sin
    out[..., 1::2] = x_even * sin + x_odd * cos
    return out
