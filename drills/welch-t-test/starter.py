import numpy as np


def welch_t_test(a: np.ndarray, b: np.ndarray) -> tuple[float, float, float]:
    """Welch's two-sample t-test (unequal variances), two-sided, H0: mean(a) = mean(b).

    t = (mean_a - mean_b) / sqrt(s_a^2 / n_a + s_b^2 / n_b) with unbiased (n - 1) variances;
    df by the Welch-Satterthwaite formula; p-value = 2 * P(T_df > |t|) from Student's t with
    (non-integer) df. a, b: float arrays. Returns (t, df, p_value). Raises ValueError if a group
    has fewer than 2 values or both sample variances are 0.
    """
    raise NotImplementedError
