import numpy as np


def _sigmoid(v: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(v))
    return np.where(v >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def gru_step(
    x: np.ndarray, h: np.ndarray, W: np.ndarray, U: np.ndarray, b_ih: np.ndarray, b_hh: np.ndarray
) -> np.ndarray:
    """One GRU step (PyTorch layout [r, z, n]); returns h_new = (1 - z) * n + z * h, shape (N, H)."""
    a_r, a_z, a_n = np.split(x @ W + b_ih, 3, axis=1)
    c_r, c_z, c_n = np.split(h @ U + b_hh, 3, axis=1)
    r = _sigmoid(a_r + c_r)
    z = _sigmoid(a_z + c_z)
    n = np.tanh(a_n + r * c_n)  # reset gate scales the hidden projection including its bias
    return (1.0 - z) * n + z * h
