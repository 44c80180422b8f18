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
    raise NotImplementedError
