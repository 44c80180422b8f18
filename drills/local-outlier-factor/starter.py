import numpy as np


def local_outlier_factor(X: np.ndarray, k: int) -> np.ndarray:
    """Local outlier factor of every point of X (float (n, d)) with its k nearest neighbours.

    Neighbours of a point exclude the point itself (distance ties -> lower index). With
    k_dist(p) = distance from p to its k-th neighbour, reach(p, o) = max(k_dist(o), d(p, o)),
    lrd(p) = 1 / (mean over neighbours o of reach(p, o) + 1e-10),
    LOF(p) = mean over neighbours o of lrd(o) / lrd(p).
    Returns float (n,); about 1 for inliers, larger for outliers. Raises ValueError unless 1 <= k < n.
    """
    raise NotImplementedError
