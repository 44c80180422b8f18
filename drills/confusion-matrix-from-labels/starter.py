import numpy as np


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, labels: np.ndarray | None = None) -> np.ndarray:
    """Confusion matrix C with C[i, j] = number of samples whose true label is labels[i] and whose
    predicted label is labels[j] (rows = truth, columns = prediction).

    y_true, y_pred: (n,) arrays of any comparable dtype. labels: the class order; default is the
    sorted union of both arrays. Samples whose true or predicted label is not in labels are ignored.
    Returns int (K, K). Raises ValueError if the lengths differ.
    """
    raise NotImplementedError
