import numpy as np


def dropout(
    x: np.ndarray, p: float, rng: np.random.Generator, training: bool = True
) -> tuple[np.ndarray, np.ndarray]:
    """Inverted dropout: keep each element with probability 1 - p and scale kept ones by 1 / (1 - p).

    Returns (out, mask) with mask a bool array (True = kept). Eval mode returns (x, all-True mask).
    p == 1 returns zeros. ValueError if p is outside [0, 1].
    """
    raise NotImplementedError
