import numpy as np


def rnn_backward(
    dhs: np.ndarray, x: np.ndarray, h0: np.ndarray, Wx: np.ndarray, Wh: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """BPTT for h_t = tanh(x_t Wx + h_{t-1} Wh + b).

    dhs (N, T, H) is dL/dh_t from above for every t. Returns (dx, dh0, dWx, dWh, db).
    """
    raise NotImplementedError
