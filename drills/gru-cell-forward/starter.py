import numpy as np


def gru_step(
    x: np.ndarray, h: np.ndarray, W: np.ndarray, U: np.ndarray, b_ih: np.ndarray, b_hh: np.ndarray
) -> np.ndarray:
    """One GRU step (PyTorch layout [r, z, n]); returns h_new = (1 - z) * n + z * h, shape (N, H)."""
    raise NotImplementedError
