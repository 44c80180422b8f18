import numpy as np


def rnn_forward(x: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray) -> np.ndarray:
    """h_t = tanh(x_t Wx + h_{t-1} Wh + b) over x (N, T, D) from h0 (N, H); returns all states (N, T, H)."""
    raise NotImplementedError
