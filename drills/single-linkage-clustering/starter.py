import numpy as np


def single_linkage_heights(X: np.ndarray) -> np.ndarray:
    """The n - 1 merge distances of single-linkage agglomerative clustering, ascending, float (n-1,)."""
    raise NotImplementedError


def single_linkage_labels(X: np.ndarray, n_clusters: int) -> np.ndarray:
    """Cut the single-linkage hierarchy into n_clusters flat clusters.

    X: float (n, d); 1 <= n_clusters <= n; the cut is assumed unambiguous (the n_clusters - 1
    largest merge heights are strictly larger than the others).
    Returns int (n,); cluster ids are numbered 0, 1, ... in order of each cluster's lowest point
    index (so point 0 is always in cluster 0). Raises ValueError for an invalid n_clusters.
    """
    raise NotImplementedError
