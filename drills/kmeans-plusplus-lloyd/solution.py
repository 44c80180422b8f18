import numpy as np


def _sq_dists(X, C):
    return ((X[:, None, :] - C[None, :, :]) ** 2).sum(axis=2)      # (n, k)


def kmeans_plusplus_init(X: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """k-means++ seeding. Returns float (k, d), k rows of X.

    The first center is X[rng.integers(n)]; each next one is X[rng.choice(n, p=D2 / D2.sum())] where
    D2 is every point's squared distance to its nearest chosen center (exactly these rng calls, in
    this order). Raises ValueError unless 1 <= k <= number of distinct rows of X.
    """
    X = np.asarray(X, dtype=float)
    n = len(X)
    if not 1 <= k <= len(np.unique(X, axis=0)):
        raise ValueError("k must be between 1 and the number of distinct points")
    centers = [X[rng.integers(n)]]
    d2 = ((X - centers[0]) ** 2).sum(axis=1)
    for _ in range(1, k):
        i = rng.choice(n, p=d2 / d2.sum())     # D^2 sampling: chosen points have probability 0
        centers.append(X[i])
        d2 = np.minimum(d2, ((X - X[i]) ** 2).sum(axis=1))
    return np.array(centers)


def kmeans(X: np.ndarray, init_centers: np.ndarray, max_iter: int = 300) -> tuple[np.ndarray, np.ndarray, float]:
    """Lloyd's algorithm from the given centers.

    X: float (n, d); init_centers: float (k, d). Assign every point to its nearest center (ties ->
    lower center index); then repeat up to max_iter times: move each center to the mean of its
    points (a center with no points stays where it is), re-assign, and stop if no label changed.
    Returns (centers (k, d), labels int (n,), inertia) where labels are the nearest-center
    assignment of the returned centers and inertia is the sum of squared distances to them.
    """
    X = np.asarray(X, dtype=float)
    C = np.array(init_centers, dtype=float)
    k = len(C)
    labels = _sq_dists(X, C).argmin(axis=1)           # argmin keeps the first (lowest) index
    for _ in range(max_iter):
        counts = np.bincount(labels, minlength=k)
        sums = np.zeros_like(C)
        np.add.at(sums, labels, X)
        nonempty = counts > 0                         # an empty cluster keeps its old center
        C[nonempty] = sums[nonempty] / counts[nonempty, None]
        new = _sq_dists(X, C).argmin(axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
    inertia = float(_sq_dists(X, C)[np.arange(len(X)), labels].sum())
    return C, labels, inertia
