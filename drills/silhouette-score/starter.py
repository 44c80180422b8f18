import numpy as np


def silhouette_samples(X: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Silhouette coefficient of every point, float (n,), with Euclidean distance.

    a(i) = mean distance to the other points of i's cluster; b(i) = smallest mean distance to the
    points of another cluster; s(i) = (b - a) / max(a, b), and s(i) = 0 if i's cluster has one point.
    Raises ValueError unless 2 <= number of distinct labels <= n - 1.
    """
    raise NotImplementedError


def silhouette_score(X: np.ndarray, labels: np.ndarray) -> float:
    """Mean of silhouette_samples over all points."""
    raise NotImplementedError
