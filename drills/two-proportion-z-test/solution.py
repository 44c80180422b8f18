import math


def _norm_sf(z: float) -> float:
    """P(Z > z) for a standard normal, via the complementary error function (no cancellation)."""
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def two_proportion_z_test(successes_a: int, n_a: int, successes_b: int, n_b: int, alternative: str = "two-sided") -> tuple[float, float]:
    """Pooled two-proportion z-test of H0: p_a = p_b.

    z = (p_b - p_a) / sqrt(p (1 - p) (1/n_a + 1/n_b)) with p = (successes_a + successes_b) / (n_a + n_b).
    alternative: "two-sided", "greater" (H1: p_b > p_a) or "less" (H1: p_b < p_a).
    Returns (z, p_value). Raises ValueError if a group is empty, successes are outside [0, n], the
    pooled rate is 0 or 1 (z undefined), or alternative is unknown.
    """
    if n_a <= 0 or n_b <= 0 or not (0 <= successes_a <= n_a and 0 <= successes_b <= n_b):
        raise ValueError("need n > 0 and 0 <= successes <= n in both groups")
    if alternative not in ("two-sided", "greater", "less"):
        raise ValueError("alternative must be 'two-sided', 'greater' or 'less'")
    pooled = (successes_a + successes_b) / (n_a + n_b)
    if pooled in (0.0, 1.0):
        raise ValueError("pooled rate is 0 or 1: the test statistic is undefined")
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))   # SE under H0 uses the pooled rate
    z = (successes_b / n_b - successes_a / n_a) / se
    if alternative == "two-sided":
        p = 2 * _norm_sf(abs(z))
    elif alternative == "greater":
        p = _norm_sf(z)
    else:
        p = _norm_sf(-z)
    return z, p
