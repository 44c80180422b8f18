import numpy as np


def permutation_test(x: np.ndarray, y: np.ndarray, n_resamples: int, rng: np.random.Generator) -> tuple[float, float]:
    """Two-sided permutation test for a difference in means, H0: x and y are exchangeable.

    T = mean(x) - mean(y). Draw every permutation at once:
    perms = rng.permuted(np.tile(pooled, (n_resamples, 1)), axis=1) with pooled = [x, y]; in each row
    the first len(x) values play x. p = (1 + #{|T*| >= |T| - 1e-12}) / (1 + n_resamples)
    (the observed split counts as one permutation, so p is never 0; the tolerance keeps
    permutations whose statistic equals T up to rounding). Returns (T, p).
    Raises ValueError if either sample is empty or n_resamples < 1.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(x) == 0 or len(y) == 0 or n_resamples < 1:
        raise ValueError("need two non-empty samples and n_resamples >= 1")
    pooled = np.concatenate([x, y])
    observed = x.mean() - y.mean()
    perms = rng.permuted(np.tile(pooled, (n_resamples, 1)), axis=1)
    t_star = perms[:, : len(x)].mean(axis=1) - perms[:, len(x):].mean(axis=1)
    extreme = np.abs(t_star) >= abs(observed) - 1e-12
    return float(observed), float((1 + extreme.sum()) / (1 + n_resamples))
