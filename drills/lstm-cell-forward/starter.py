import numpy as np


def lstm_step(
    x: np.ndarray, h: np.ndarray, c: np.ndarray, W: np.ndarray, U: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """One LSTM step; z = x W + h U + b split as [i, f, g, o]. Returns (h_new, c_new), each (N, H)."""
    raise NotImplementedError


def lstm_forward(
    x: np.ndarray, h0: np.ndarray, c0: np.ndarray, W: np.ndarray, U: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """Run lstm_step over x (N, T, D). Returns (hs (N, T, H), (h_T, c_T))."""
    raise NotImplementedError
