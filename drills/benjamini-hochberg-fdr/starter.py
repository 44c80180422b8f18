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
    raise NotImplementedError
