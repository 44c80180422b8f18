import numpy as np


def _sigmoid(z: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_step(
    x: np.ndarray, h: np.ndarray, c: np.ndarray, W: np.ndarray, U: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """One LSTM step; z = x W + h U + b split as [i, f, g, o]. Returns (h_new, c_new), each (N, H)."""
    z = x @ W + h @ U + b  # all four gates in one product: (N, 4H)
    zi, zf, zg, zo = np.split(z, 4, axis=1)
    i, f, o = _sigmoid(zi), _sigmoid(zf), _sigmoid(zo)
    g = np.tanh(zg)
    c_new = f * c + i * g
    return o * np.tanh(c_new), c_new


def lstm_forward(
    x: np.ndarray, h0: np.ndarray, c0: np.ndarray, W: np.ndarray, U: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """Run lstm_step over x (N, T, D). Returns (hs (N, T, H), (h_T, c_T))."""
    n, t_len, _ = x.shape
    hs = np.empty((n, t_len, h0.shape[1]))
    h, c = h0, c0
    for t in range(t_len):
        h, c = lstm_step(x[:, t], h, c, W, U, b)
        hs[:, t] = h
    return hs, (h, c)
