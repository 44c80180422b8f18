import math
from statistics import NormalDist


def sample_size_two_proportions(p1: float, p2: float, alpha: float = 0.05, power: float = 0.8) -> int:
    """Per-group sample size for a two-sided, pooled two-proportion z-test (equal group sizes).

    n = (z_{1-alpha/2} * sqrt(2 pbar (1 - pbar)) + z_{power} * sqrt(p1 (1 - p1) + p2 (1 - p2)))^2
        / (p1 - p2)^2,  pbar = (p1 + p2) / 2, rounded UP to an integer.
    Raises ValueError if p1 == p2, a rate is outside (0, 1), or alpha / power is outside (0, 1).
    """
    if not (0 < p1 < 1 and 0 < p2 < 1) or p1 == p2:
        raise ValueError("need two different rates strictly between 0 and 1")
    if not (0 < alpha < 1 and 0 < power < 1):
        raise ValueError("alpha and power must lie in (0, 1)")
    z = NormalDist().inv_cdf
    z_alpha, z_beta = z(1 - alpha / 2), z(power)      # two-sided: alpha is split over both tails
    pbar = (p1 + p2) / 2
    root = z_alpha * math.sqrt(2 * pbar * (1 - pbar)) + z_beta * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    return math.ceil(root ** 2 / (p1 - p2) ** 2)
