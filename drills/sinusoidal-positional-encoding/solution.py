import numpy as np


def sinusoidal_positional_encoding(seq_len: int, d_model: int, base: float = 10000.0) -> np.ndarray:
    """(seq_len, d_model): sin(p * w_i) in column 2i, cos(p * w_i) in column 2i + 1, w_i = base^(-2i/d)."""
    if d_model <= 0 or d_model % 2 or seq_len < 0:
        raise ValueError("d_model must be a positive even number and seq_len non-negative")
    freqs = base ** (-np.arange(0, d_model, 2) / d_model)  # omega_i for i = 0 .. d/2 - 1
    angles = np.arange(seq_len)[:, None] * freqs[None, :]  # (L, d/2)
    pe = np.empty((seq_len, d_model))
    pe[:, 0::2] = np.sin(angles)  # interleave: even columns sine, odd columns cosine
    pe[:, 1::2] = np.cos(angles)
    return pe
