import numpy as np


def silhouette_samples(X: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Silhouette coefficient of every point, float (n,), with Euclidean distance.

    a(i) = mean distance to the other points of i's cluster; b(i) = smallest mean distance to the
    points of another cluster; s(i) = (b - a) / max(a, b), and s(i) = 0 if i's cluster has one point.
    Raises ValueError unless 2 <= number of distinct labels <= n - 1.
    """
    X = np.asarray(X, dtype=float)
    classes, idx, counts = np.unique(labels, return_inverse=True, return_counts=True)
    n, K = len(X), len(classes)
    if not 2 <= K <= n - 1:
        raise ValueError("need 2 <= number of clusters <= n_samples - 1")
    D = np.sqrt(np.maximum(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2), 0.0))
    sums = D @ np.eye(K)[idx]                       # (n, K): total distance from i to each cluster
    own = counts[idx]
    a = sums[np.arange(n), idx] / np.maximum(own - 1, 1)   # exclude i itself (D[i, i] = 0)
    mean_other = sums / counts
    mean_other[np.arange(n), idx] = np.inf
    b = mean_other.min(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        s = (b - a) / np.maximum(a, b)
    return np.where(own > 1, np.nan_to_num(s), 0.0)


def silhouette_score(X: np.ndarray, labels: np.ndarray) -> float:
    """Mean of silhouette_samples over all points."""
    return float(silhouette_samples(X, labels).mean())
