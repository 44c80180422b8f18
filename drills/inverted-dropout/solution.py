import numpy as np


def dropout(
    x: np.ndarray, p: float, rng: np.random.Generator, training: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """Inverted dropout: keep each element with probability 1 - p and scale kept ones by 1 / (1 - p).

    Returns (out, mask) with mask a bool array (True = kept). Eval mode returns (x, all-True mask).
    p == 1 returns zeros. ValueError if p is outside [0, 1].
    """
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be in [0, 1], got {p}")
    if not training:
        return x, np.ones(x.shape, dtype=bool)
    if p == 1.0:
        return np.zeros_like(x), np.zeros(x.shape, dtype=bool)
    mask = rng.random(x.shape) >= p  # P(keep) = 1 - p
    return x * mask / (1.0 - p), mask
