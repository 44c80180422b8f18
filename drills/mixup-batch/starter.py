import numpy as np


def mixup(
    x: np.ndarray, y: np.ndarray, alpha: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, float, np.ndarray]:
    """Mix each sample with a permuted partner: lam ~ Beta(alpha, alpha), same lam and perm for x and y.

    Returns (x_mix, y_mix, lam, perm). alpha <= 0: no mixing (lam 1.0, identity perm, rng unused).
    """
    raise NotImplementedError
