import numpy as np


def mixup(
    x: np.ndarray, y: np.ndarray, alpha: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, float, np.ndarray]:
    """Mix each sample with a permuted partner: lam ~ Beta(alpha, alpha), same lam and perm for x and y.

    Returns (x_mix, y_mix, lam, perm). alpha <= 0: no mixing (lam 1.0, identity perm, rng unused).
    """
    if x.shape[0] != y.shape[0]:
        raise ValueError("x and y must have the same number of samples")
    n = x.shape[0]
    if alpha <= 0:
        return x.copy(), y.copy(), 1.0, np.arange(n)
    lam = float(rng.beta(alpha, alpha))
    perm = rng.permutation(n)
    # one lam and one permutation shared by inputs and labels
    return lam * x + (1 - lam) * x[perm], lam * y + (1 - lam) * y[perm], lam, perm
