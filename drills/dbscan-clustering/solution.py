import numpy as np


def dbscan(X: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    """DBSCAN with Euclidean distance.

    X: float (n, d). The eps-neighbourhood of a point contains every point at distance <= eps,
    itself included; a point is a core point if its neighbourhood has >= min_samples points.
    Visit points in index order; an unlabelled core point starts a new cluster (ids 0, 1, ...) that
    grows through the neighbourhoods of its core points. A border point joins the first cluster that
    reaches it. Points in no cluster get -1. Returns int (n,). Empty X returns an empty array.
    """
    X = np.asarray(X, dtype=float)
    n = len(X)
    labels = np.full(n, -1, dtype=int)
    if n == 0:
        return labels
    d2 = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2)
    neighbours = [np.flatnonzero(row <= eps * eps) for row in d2]
    core = np.array([len(nb) >= min_samples for nb in neighbours])
    cluster = 0
    for i in range(n):
        if labels[i] != -1 or not core[i]:
            continue
        labels[i] = cluster
        stack = [i]
        while stack:                              # expand only through core points
            p = stack.pop()
            for q in neighbours[p]:
                if labels[q] == -1:
                    labels[q] = cluster
                    if core[q]:
                        stack.append(q)
        cluster += 1
    return labels
