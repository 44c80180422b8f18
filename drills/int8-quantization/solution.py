import numpy as np


def quantize_absmax(x: np.ndarray, axis: int | None = None) -> tuple[np.ndarray, np.ndarray | float]:
    """Symmetric int8: scale = max|x| / 127 (per tensor or per slice, keepdims); q = clip(round(x / scale))."""
    amax = np.max(np.abs(x), axis=axis, keepdims=axis is not None)
    scale = np.where(amax > 0, amax / 127.0, 1.0)  # an all-zero slice would divide by zero
    if axis is None:
        scale = float(scale)
    q = np.clip(np.round(x / scale), -127, 127).astype(np.int8)
    return q, scale


def dequantize_absmax(q: np.ndarray, scale: np.ndarray | float) -> np.ndarray:
    """q * scale as float64."""
    return q.astype(np.float64) * scale


def quantize_zero_point(x: np.ndarray) -> tuple[np.ndarray, float, int]:
    """Asymmetric uint8 over [min(x, 0), max(x, 0)]: returns (q, scale, zero_point)."""
    lo, hi = min(float(x.min()), 0.0), max(float(x.max()), 0.0)  # the range must contain 0
    scale = (hi - lo) / 255.0 if hi > lo else 1.0
    zero_point = int(np.clip(np.round(-lo / scale), 0, 255))
    q = np.clip(np.round(x / scale) + zero_point, 0, 255).astype(np.uint8)
    return q, scale, zero_point


def dequantize_zero_point(q: np.ndarray, scale: float, zero_point: int) -> np.ndarray:
    """(q - zero_point) * scale as float64."""
    return (q.astype(np.float64) - zero_point) * scale  # cast first: uint8 - int would wrap around
