import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, labels: np.ndarray | None = None) -> np.ndarray:
    """Confusion matrix C with C[i, j] = number of samples whose true label is labels[i] and whose
    predicted label is labels[j] (rows = truth, columns = prediction).

    y_true, y_pred: (n,) arrays of any comparable dtype. labels: the class order; default is the
    sorted union of both arrays. Samples whose true or predicted label is not in labels are ignored.
    Returns int (K, K). Raises ValueError if the lengths differ.
    """
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred must have the same length")
    labels = np.unique(np.concatenate([y_true, y_pred])) if labels is None else np.asarray(labels)
    K = len(labels)
    if K == 0:
        return np.zeros((0, 0), dtype=int)
    order = np.argsort(labels, kind="stable")
    sorted_labels = labels[order]

    def index(v):
        """Position of each value of v in `labels`, or -1 if it is not there."""
        pos = np.minimum(np.searchsorted(sorted_labels, v), K - 1)
        return np.where(sorted_labels[pos] == v, order[pos], -1)

    t, p = index(y_true), index(y_pred)
    keep = (t >= 0) & (p >= 0)
    # one bincount over the flattened (row, col) index instead of a Python loop
    return np.bincount(t[keep] * K + p[keep], minlength=K * K).reshape(K, K)
