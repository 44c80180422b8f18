import numpy as np


def dbscan(X: np.ndarray, eps: float, min_samples: int) -> np.ndarray:
    """DBSCAN with Euclidean distance.

    X: float (n, d). The eps-neighbourhood of a point contains every point at distance <= eps,
    itself included; a point is a core point if its neighbourhood has >= min_samples points.
    Visit points in index order; an unlabelled core point starts a new cluster (ids 0, 1, ...) that
    grows through the neighbourhoods of its core points. A border point joins the first cluster that
    reaches it. Points in no cluster get -1. Returns int (n,). Empty X returns an empty array.
    """
    raise NotImplementedError
