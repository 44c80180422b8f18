import numpy as np


def sliding_window_mask(seq_len: int, window: int, n_sink: int = 0) -> np.ndarray:
    """Bool (L, L): j <= i and (i - j < window or j < n_sink)."""
    if window < 1 or n_sink < 0:
        raise ValueError("window must be >= 1 and n_sink >= 0")
    i = np.arange(seq_len)[:, None]
    j = np.arange(seq_len)[None, :]
    return (j <= i) & ((i - j < window) | (j < n_sink))


def receptive_field(window: int, n_layers: int) -> int:
    """Positions (including itself) that can reach a token through n_layers window-w layers: n (w - 1) + 1."""
    if window < 1 or n_layers < 1:
        raise ValueError("window and n_layers must be >= 1")
    return n_layers * (window - 1) + 1
