import numpy as np


def quantize_absmax(x: np.ndarray, axis: int | None = None) -> tuple[np.ndarray, np.ndarray | float]:
    """Symmetric int8: scale = max|x| / 127 (per tensor or per slice, keepdims); q = clip(round(x / scale))."""
    raise NotImplementedError


def dequantize_absmax(q: np.ndarray, scale: np.ndarray | float) -> np.ndarray:
    """q * scale as float64."""
    raise NotImplementedError


def quantize_zero_point(x: np.ndarray) -> tuple[np.ndarray, float, int]:
    """Asymmetric uint8 over [min(x, 0), max(x, 0)]: returns (q, scale, zero_point)."""
    raise NotImplementedError


def dequantize_zero_point(q: np.ndarray, scale: float, zero_point: int) -> np.ndarray:
    """(q - zero_point) * scale as float64."""
    raise NotImplementedError
