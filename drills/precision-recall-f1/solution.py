import numpy as np


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray, pos_label=1, zero_division: float = 0.0) -> tuple[float, float, float]:
    """Binary precision, recall and F1 for the class pos_label.

    precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2 TP / (2 TP + FP + FN) (the harmonic
    mean of precision and recall, written so it never divides 0 by 0 when TP = 0 but FP + FN > 0).
    Any ratio whose denominator is 0 takes the value zero_division.
    y_true, y_pred: (n,) labels; raises ValueError if the lengths differ.
    """
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if y_true.shape != y_pred.shape:
        raise ValueError("y_true and y_pred must have the same length")
    t, p = y_true == pos_label, y_pred == pos_label
    tp = int(np.sum(t & p))
    fp = int(np.sum(~t & p))
    fn = int(np.sum(t & ~p))

    def ratio(num, den):
        return num / den if den > 0 else float(zero_division)

    return ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(2 * tp, 2 * tp + fp + fn)
