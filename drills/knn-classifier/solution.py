import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> np.ndarray:
    """k-nearest-neighbour classification with Euclidean distance and a majority vote.

    X_train: float (n_train, d); y_train: labels (n_train,) of any sortable dtype;
    X_test: float (n_test, d). Returns labels (n_test,) with y_train's dtype.
    Ties: among equally distant training points the lower index is nearer; among classes with
    the same vote count the smallest label wins. Raises ValueError unless 1 <= k <= n_train.
    """
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    if not 1 <= k <= len(X_train):
        raise ValueError("k must be between 1 and the number of training points")
    classes, y_idx = np.unique(y_train, return_inverse=True)   # classes sorted ascending
    # Squared distances via |a|^2 - 2ab + |b|^2, shape (n_test, n_train).
    d2 = (X_test ** 2).sum(1)[:, None] - 2 * X_test @ X_train.T + (X_train ** 2).sum(1)[None, :]
    d2 = np.maximum(d2, 0.0)
    nn = np.argsort(d2, axis=1, kind="stable")[:, :k]          # stable: lower index first on ties
    votes = np.zeros((len(X_test), len(classes)), dtype=int)
    np.add.at(votes, (np.arange(len(X_test))[:, None], y_idx[nn]), 1)
    return classes[votes.argmax(axis=1)]                        # argmax takes the first (smallest) class
