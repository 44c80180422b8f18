import math

import numpy as np


def _power_of_two_slopes(n: int) -> np.ndarray:
    start = 2.0 ** (-8.0 / n)
    return start ** np.arange(1, n + 1)


def alibi_slopes(n_heads: int) -> np.ndarray:
    """Per-head slopes (n_heads,): 2^(-8h/n) for a power of two n, else the interleaving rule."""
    if n_heads < 1:
        raise ValueError("n_heads must be positive")
    p = 2 ** int(math.floor(math.log2(n_heads)))
    slopes = _power_of_two_slopes(p)
    if p == n_heads:
        return slopes
    extra = _power_of_two_slopes(2 * p)[0::2][: n_heads - p]  # fill in between the existing slopes
    return np.concatenate([slopes, extra])


def alibi_bias(n_heads: int, seq_len: int, causal: bool = True) -> np.ndarray:
    """(n_heads, L, L) bias: -slope * (i - j) for j <= i; -inf above the diagonal if causal, else -slope * |i - j|."""
    pos = np.arange(seq_len)
    dist = pos[:, None] - pos[None, :]  # i - j
    slopes = alibi_slopes(n_heads)[:, None, None]
    bias = -slopes * np.abs(dist)[None] + 0.0  # + 0.0 turns -0.0 on the diagonal into 0.0
    if causal:
        bias = np.where(dist[None] < 0, -np.inf, bias)
    return bias
