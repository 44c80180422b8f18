import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> np.ndarray:
    """k-nearest-neighbour classification with Euclidean distance and a majority vote.

    X_train: float (n_train, d); y_train: labels (n_train,) of any sortable dtype;
    X_test: float (n_test, d). Returns labels (n_test,) with y_train's dtype.
    Ties: among equally distant training points the lower index is nearer; among classes with
    the same vote count the smallest label wins. Raises ValueError unless 1 <= k <= n_train.
    """
    raise NotImplementedError
