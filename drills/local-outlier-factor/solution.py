import numpy as np


def local_outlier_factor(X: np.ndarray, k: int) -> np.ndarray:
    """Local outlier factor of every point of X (float (n, d)) with its k nearest neighbours.

    Neighbours of a point exclude the point itself (distance ties -> lower index). With
    k_dist(p) = distance from p to its k-th neighbour, reach(p, o) = max(k_dist(o), d(p, o)),
    lrd(p) = 1 / (mean over neighbours o of reach(p, o) + 1e-10),
    LOF(p) = mean over neighbours o of lrd(o) / lrd(p).
    Returns float (n,); about 1 for inliers, larger for outliers. Raises ValueError unless 1 <= k < n.
    """
    X = np.asarray(X, dtype=float)
    n = len(X)
    if not 1 <= k < n:
        raise ValueError("k must satisfy 1 <= k < n_samples")
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    np.fill_diagonal(D, np.inf)                                # a point is not its own neighbour
    nn = np.argsort(D, axis=1, kind="stable")[:, :k]           # (n, k)
    d_nn = np.take_along_axis(D, nn, axis=1)
    k_dist = d_nn[:, -1]
    reach = np.maximum(k_dist[nn], d_nn)                       # reach(p, o) uses o's k-distance
    lrd = 1.0 / (reach.mean(axis=1) + 1e-10)                   # 1e-10 guards duplicate points
    return lrd[nn].mean(axis=1) / lrd
