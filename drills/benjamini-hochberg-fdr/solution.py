import numpy as np


def benjamini_hochberg(pvals: np.ndarray, q: float = 0.05) -> tuple[np.ndarray, np.ndarray]:
    """Benjamini-Hochberg step-up procedure controlling the false discovery rate at level q.

    pvals: float (m,) in [0, 1]. Adjusted p-values: sort ascending, p_(i) * m / i, then a running
    minimum from the largest rank down (so they are monotone), capped at 1, returned in the input
    order. reject = adjusted <= q, equivalently: reject the k smallest p-values where k is the
    largest i with p_(i) <= i q / m. Returns (reject bool (m,), adjusted float (m,)).
    Empty input returns two empty arrays. Raises ValueError for p-values outside [0, 1] or q
    outside (0, 1).
    """
    p = np.asarray(pvals, dtype=float)
    if not 0 < q < 1:
        raise ValueError("q must lie in (0, 1)")
    if ((p < 0) | (p > 1)).any() or np.isnan(p).any():
        raise ValueError("p-values must lie in [0, 1]")
    m = len(p)
    if m == 0:
        return np.zeros(0, dtype=bool), np.zeros(0)
    order = np.argsort(p, kind="stable")
    scaled = p[order] * m / np.arange(1, m + 1)
    # step-up: an adjusted value may not exceed any adjusted value of a larger p-value
    adjusted_sorted = np.minimum(np.minimum.accumulate(scaled[::-1])[::-1], 1.0)
    adjusted = np.empty(m)
    adjusted[order] = adjusted_sorted
    return adjusted <= q, adjusted
