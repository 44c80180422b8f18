import numpy as np


def f1_scores(y_true: np.ndarray, y_pred: np.ndarray, labels: np.ndarray | None = None) -> dict:
    """Multiclass F1 with micro, macro and weighted averaging.

    labels: the classes to score (default: sorted union of y_true and y_pred).
    Per class c: F1_c = 2 TP_c / (2 TP_c + FP_c + FN_c), and 0.0 when that denominator is 0.
    micro: F1 from TP, FP, FN summed over the scored classes; macro: unweighted mean of F1_c;
    weighted: mean of F1_c weighted by support (number of true samples of c), 0.0 if total support is 0.
    Returns {"per_class": float (K,), "micro": float, "macro": float, "weighted": float}.
    Raises ValueError if the lengths differ or the input is empty.
    """
    raise NotImplementedError
