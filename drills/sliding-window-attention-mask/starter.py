import numpy as np


def sliding_window_mask(seq_len: int, window: int, n_sink: int = 0) -> np.ndarray:
    """Bool (L, L): j <= i and (i - j < window or j < n_sink)."""
    raise NotImplementedError


def receptive_field(window: int, n_layers: int) -> int:
    """Positions (including itself) that can reach a token through n_layers window-w layers: n (w - 1) + 1."""
    raise NotImplementedError
