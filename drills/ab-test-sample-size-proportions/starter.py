def sample_size_two_proportions(p1: float, p2: float, alpha: float = 0.05, power: float = 0.8) -> int:
    """Per-group sample size for a two-sided, pooled two-proportion z-test (equal group sizes).

    n = (z_{1-alpha/2} * sqrt(2 pbar (1 - pbar)) + z_{power} * sqrt(p1 (1 - p1) + p2 (1 - p2)))^2
        / (p1 - p2)^2,  pbar = (p1 + p2) / 2, rounded UP to an integer.
    Raises ValueError if p1 == p2, a rate is outside (0, 1), or alpha / power is outside (0, 1).
    """
    raise NotImplementedError
