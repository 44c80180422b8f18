import numpy as np


def alibi_slopes(n_heads: int) -> np.ndarray:
    """Per-head slopes (n_heads,): 2^(-8h/n) for a power of two n, else the interleaving rule."""
    raise NotImplementedError


def alibi_bias(n_heads: int, seq_len: int, causal: bool = True) -> np.ndarray:
    """(n_heads, L, L) bias: -slope * (i - j) for j <= i; -inf above the diagonal if causal, else -slope * |i - j|."""
    raise NotImplementedError
