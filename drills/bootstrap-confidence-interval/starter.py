from typing import Callable

import numpy as np


def bootstrap_ci(
    x: np.ndarray,
    statistic: Callable[..., np.ndarray],
    n_resamples: int,
    alpha: float,
    rng: np.random.Generator,
) -> tuple[float, float]:
    """Percentile bootstrap confidence interval of statistic(x) at level 1 - alpha.

    Draw all resamples at once: idx = rng.integers(0, n, size=(n_resamples, n)); evaluate
    statistic(x[idx], axis=1) (a vectorised statistic such as np.mean or np.median) to get
    n_resamples replicates; return (np.quantile(reps, alpha / 2), np.quantile(reps, 1 - alpha / 2))
    with NumPy's default linear interpolation. Raises ValueError if x is empty, n_resamples < 1
    or alpha is not in (0, 1).
    """
    raise NotImplementedError
