import numpy as np


def apply_rope(x: np.ndarray, positions: np.ndarray, base: float = 10000.0) -> np.ndarray:
    """Rotate adjacent pairs (x[2i], x[2i+1]) of x (..., L, d) by positions[l] * base^(-2i/d)."""
    raise NotImplementedError
