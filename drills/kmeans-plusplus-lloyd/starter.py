import numpy as np


def kmeans_plusplus_init(X: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """k-means++ seeding. Returns float (k, d), k rows of X.

    The first center is X[rng.integers(n)]; each next one is X[rng.choice(n, p=D2 / D2.sum())] where
    D2 is every point's squared distance to its nearest chosen center (exactly these rng calls, in
    this order). Raises ValueError unless 1 <= k <= number of distinct rows of X.
    """
    raise NotImplementedError


def kmeans(X: np.ndarray, init_centers: np.ndarray, max_iter: int = 300) -> tuple[np.ndarray, np.ndarray, float]:
    """Lloyd's algorithm from the given centers.

    X: float (n, d); init_centers: float (k, d). Assign every point to its nearest center (ties ->
    lower center index); then repeat up to max_iter times: move each center to the mean of its
    points (a center with no points stays where it is), re-assign, and stop if no label changed.
    Returns (centers (k, d), labels int (n,), inertia) where labels are the nearest-center
    assignment of the returned centers and inertia is the sum of squared distances to them.
    """
    raise NotImplementedError
