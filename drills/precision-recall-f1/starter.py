import numpy as np


def precision_recall_f1(y_true: np.ndarray, y_pred: np.ndarray, pos_label=1, zero_division: float = 0.0) -> tuple[float, float, float]:
    """Binary precision, recall and F1 for the class pos_label.

    precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = 2 TP / (2 TP + FP + FN) (the harmonic
    mean of precision and recall, written so it never divides 0 by 0 when TP = 0 but FP + FN > 0).
    Any ratio whose denominator is 0 takes the value zero_division.
    y_true, y_pred: (n,) labels; raises ValueError if the lengths differ.
    """
    raise NotImplementedError
