import numpy as np


def diff_in_diff(y: np.ndarray, treated: np.ndarray, post: np.ndarray) -> float:
    """Difference-in-differences estimate from unit-period observations.

    y: float outcomes (n,); treated: 0/1 group indicator (n,); post: 0/1 period indicator (n,).
    DiD = (mean y[treated, post] - mean y[treated, pre]) - (mean y[control, post] - mean y[control, pre]),
    the same number as the interaction coefficient of OLS y ~ 1 + treated + post + treated:post.
    Raises ValueError if any of the four cells is empty or the lengths differ.
    """
    y = np.asarray(y, dtype=float)
    g = np.asarray(treated).astype(bool)
    p = np.asarray(post).astype(bool)
    if not (len(y) == len(g) == len(p)):
        raise ValueError("y, treated and post must have the same length")
    means = {}
    for gi in (False, True):
        for pi in (False, True):
            cell = (g == gi) & (p == pi)
            if not cell.any():
                raise ValueError("every group x period cell needs at least one observation")
            means[gi, pi] = y[cell].mean()
    # the control group's change estimates what the treated group would have done without treatment
    return float((means[True, True] - means[True, False]) - (means[False, True] - means[False, False]))
