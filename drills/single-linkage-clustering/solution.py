import numpy as np


def _mst_edges(X):
    """Prim's algorithm on the complete Euclidean graph: n - 1 edges (i, j, w), O(n^2) time."""
    n = len(X)
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    in_tree = np.zeros(n, dtype=bool)
    in_tree[0] = True
    best = D[0].copy()                       # distance from each point to the tree so far
    parent = np.zeros(n, dtype=int)
    edges = []
    for _ in range(n - 1):
        cand = np.where(in_tree, np.inf, best)
        j = int(cand.argmin())
        edges.append((int(parent[j]), j, float(best[j])))
        in_tree[j] = True
        closer = D[j] < best
        best[closer], parent[closer] = D[j][closer], j
    return edges


def single_linkage_heights(X: np.ndarray) -> np.ndarray:
    """The n - 1 merge distances of single-linkage agglomerative clustering, ascending, float (n-1,)."""
    X = np.asarray(X, dtype=float)
    return np.sort([w for _, _, w in _mst_edges(X)]) if len(X) > 1 else np.empty(0)


def single_linkage_labels(X: np.ndarray, n_clusters: int) -> np.ndarray:
    """Cut the single-linkage hierarchy into n_clusters flat clusters.

    X: float (n, d); 1 <= n_clusters <= n; the cut is assumed unambiguous (the n_clusters - 1
    largest merge heights are strictly larger than the others).
    Returns int (n,); cluster ids are numbered 0, 1, ... in order of each cluster's lowest point
    index (so point 0 is always in cluster 0). Raises ValueError for an invalid n_clusters.
    """
    X = np.asarray(X, dtype=float)
    n = len(X)
    if not 1 <= n_clusters <= n:
        raise ValueError("n_clusters must be between 1 and n")
    # Single linkage == minimum spanning tree: merging stops before the n_clusters - 1 longest edges.
    edges = sorted(_mst_edges(X), key=lambda e: e[2])[: n - n_clusters]
    parent = list(range(n))

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for i, j, _ in edges:
        parent[find(i)] = find(j)
    roots = [find(i) for i in range(n)]
    ids = {}
    return np.array([ids.setdefault(r, len(ids)) for r in roots])
