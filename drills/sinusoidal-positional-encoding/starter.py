import numpy as np


def sinusoidal_positional_encoding(seq_len: int, d_model: int, base: float = 10000.0) -> np.ndarray:
    """(seq_len, d_model): sin(p * w_i) in column 2i, cos(p * w_i) in column 2i + 1, w_i = base^(-2i/d)."""
    raise NotImplementedError
