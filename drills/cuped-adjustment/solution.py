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
    y_t, x_t, y_c, x_c = (np.asarray(a, dtype=float) for a in (y_t, x_t, y_c, x_c))
    if len(y_t) != len(x_t) or len(y_c) != len(x_c):
        raise ValueError("x and y must have the same length in each group")
    if len(y_t) < 2 or len(y_c) < 2:
        raise ValueError("each group needs at least 2 users")
    y, x = np.concatenate([y_t, y_c]), np.concatenate([x_t, x_c])
    var_x = x.var(ddof=1)
    if var_x == 0:
        raise ValueError("covariate is constant")
    # theta from the pooled data: it does not use the treatment labels, so it adds no bias
    theta = float(np.cov(x, y, ddof=1)[0, 1] / var_x)
    mx = x.mean()
    adj_t, adj_c = y_t - theta * (x_t - mx), y_c - theta * (x_c - mx)

    def diff_and_se(a, b):
        return float(a.mean() - b.mean()), float(np.sqrt(a.var(ddof=1) / len(a) + b.var(ddof=1) / len(b)))

    ate, se = diff_and_se(adj_t, adj_c)
    ate_raw, se_raw = diff_and_se(y_t, y_c)
    y_adj = np.concatenate([adj_t, adj_c])
    return {"ate": ate, "se": se, "theta": theta,
            "variance_reduction": float(1 - y_adj.var(ddof=1) / y.var(ddof=1)),
            "ate_unadjusted": ate_raw, "se_unadjusted": se_raw}
