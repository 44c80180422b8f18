import numpy as np


def rnn_forward(x: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray) -> np.ndarray:
    """h_t = tanh(x_t Wx + h_{t-1} Wh + b) over x (N, T, D) from h0 (N, H); returns all states (N, T, H)."""
    n, t_len, d = x.shape
    if d != Wx.shape[0]:
        raise ValueError("input size does not match Wx")
    xw = x @ Wx + b  # (N, T, H): input projection for every step at once
    hs = np.empty((n, t_len, Wh.shape[0]))
    h = h0
    for t in range(t_len):
        h = np.tanh(xw[:, t] + h @ Wh)
        hs[:, t] = h
    return hs
