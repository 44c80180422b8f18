import numpy as np


def diff_in_diff(y: np.ndarray, treated: np.ndarray, post: np.ndarray) -> float:
    """Difference-in-differences estimate from unit-period observations.

    y: float outcomes (n,); treated: 0/1 group indicator (n,); post: 0/1 period indicator (n,).
    DiD = (mean y[treated, post] - mean y[treated, pre]) - (mean y[control, post] - mean y[control, pre]),
    the same number as the interaction coefficient of OLS y ~ 1 + treated + post + treated:post.
    Raises ValueError if any of the four cells is empty or the lengths differ.
    """
    raise NotImplementedError
