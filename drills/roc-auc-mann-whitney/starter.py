import numpy as np


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    """ROC AUC via the Mann-Whitney U statistic.

    AUC = P(score of a random positive > score of a random negative) + 0.5 * P(tie).
    y_true: (n,) binary labels (0/1 or bool); scores: float (n,). O(n log n): rank the scores once.
    Raises ValueError if only one class is present or the lengths differ.
    """
    raise NotImplementedError
