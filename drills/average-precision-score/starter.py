import numpy as np


def precision_recall_points(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision-recall curve at every distinct score used as a threshold.

    thresholds: the distinct scores in decreasing order, (T,). precision[i], recall[i]: for the
    rule "predict positive if score >= thresholds[i]". Tied scores enter together.
    Raises ValueError if there is no positive or the lengths differ.
    """
    raise NotImplementedError


def average_precision(y_true: np.ndarray, scores: np.ndarray) -> float:
    """AP = sum_i (R_i - R_{i-1}) * P_i over the thresholds in decreasing order, R_0 = 0
    (the step-wise area, no interpolation; scikit-learn's average_precision_score)."""
    raise NotImplementedError
