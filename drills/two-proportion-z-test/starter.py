def two_proportion_z_test(successes_a: int, n_a: int, successes_b: int, n_b: int, alternative: str = "two-sided") -> tuple[float, float]:
    """Pooled two-proportion z-test of H0: p_a = p_b.

    z = (p_b - p_a) / sqrt(p (1 - p) (1/n_a + 1/n_b)) with p = (successes_a + successes_b) / (n_a + n_b).
    alternative: "two-sided", "greater" (H1: p_b > p_a) or "less" (H1: p_b < p_a).
    Returns (z, p_value). Raises ValueError if a group is empty, successes are outside [0, n], the
    pooled rate is 0 or 1 (z undefined), or alternative is unknown.
    """
    raise NotImplementedError
