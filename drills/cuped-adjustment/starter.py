import numpy as np


def cuped_ate(y_t: np.ndarray, x_t: np.ndarray, y_c: np.ndarray, x_c: np.ndarray) -> dict:
    """CUPED-adjusted difference in means between treatment (t) and control (c).

    y_*: in-experiment metric; x_*: pre-experiment covariate of the same users (float arrays).
    theta = cov(x, y) / var(x) on the pooled sample (both groups); adjusted metric
    y_adj = y - theta * (x - mean of pooled x). ATE = mean(y_adj_t) - mean(y_adj_c), with standard
    error sqrt(var(y_adj_t) / n_t + var(y_adj_c) / n_c) (unbiased variances). variance_reduction =
    1 - var(pooled y_adj) / var(pooled y).
    Returns {"ate", "se", "theta", "variance_reduction", "ate_unadjusted", "se_unadjusted"}.
    Raises ValueError if a group has fewer than 2 users, x and y lengths differ, or pooled x is constant.
    """
    raise NotImplementedError
