import numpy as np


def rnn_backward(
    dhs: np.ndarray, x: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """BPTT for h_t = tanh(x_t Wx + h_{t-1} Wh + b).

    dhs (N, T, H) is dL/dh_t from above for every t. Returns (dx, dh0, dWx, dWh, db).
    """
    n, t_len, _ = x.shape
    # forward pass, keeping every state (hs[:, 0] is h0)
    hs = np.empty((n, t_len + 1, Wh.shape[0]))
    hs[:, 0] = h0
    for t in range(t_len):
        hs[:, t + 1] = np.tanh(x[:, t] @ Wx + hs[:, t] @ Wh + b)
    dx = np.zeros_like(x, dtype=np.float64)
    dWx, dWh, db = np.zeros_like(Wx), np.zeros_like(Wh), np.zeros_like(b)
    dh_next = np.zeros_like(h0, dtype=np.float64)  # gradient flowing back from step t + 1
    for t in reversed(range(t_len)):
        dh = dhs[:, t] + dh_next
        da = dh * (1.0 - hs[:, t + 1] ** 2)  # through tanh
        dx[:, t] = da @ Wx.T
        dWx += x[:, t].T @ da
        dWh += hs[:, t].T @ da
        db += da.sum(axis=0)
        dh_next = da @ Wh.T
    return dx, dh_next, dWx, dWh, db
