import numpy as np


def knn_regress(
    X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int, weights: str = "uniform"
) -> np.ndarray:
    """k-nearest-neighbour regression with Euclidean distance.

    X_train: float (n_train, d); y_train: float (n_train,); X_test: float (n_test, d).
    weights="uniform": mean target of the k nearest points.
    weights="distance": weighted mean with weights 1 / distance; if some of the k neighbours sit at
    distance exactly 0, the prediction is the plain mean of those zero-distance neighbours.
    Distance ties: lower training index first. Returns float (n_test,).
    Raises ValueError unless 1 <= k <= n_train, or for an unknown weights value.
    """
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train, dtype=float)
    if not 1 <= k <= len(X_train):
        raise ValueError("k must be between 1 and the number of training points")
    if weights not in ("uniform", "distance"):
        raise ValueError("weights must be 'uniform' or 'distance'")
    # Exact differences (not the |a|^2 - 2ab + |b|^2 trick) so a duplicate gives distance 0.
    dist = np.sqrt(((X_test[:, None, :] - X_train[None, :, :]) ** 2).sum(-1))
    nn = np.argsort(dist, axis=1, kind="stable")[:, :k]
    d = np.take_along_axis(dist, nn, axis=1)
    y = y_train[nn]
    if weights == "uniform":
        return y.mean(axis=1)
    zero = d == 0
    with np.errstate(divide="ignore"):
        w = np.where(zero.any(axis=1, keepdims=True), zero.astype(float), 1.0 / d)
    return (w * y).sum(axis=1) / w.sum(axis=1)
