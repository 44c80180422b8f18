import numpy as np


def _average_ranks(x):
    """1-based ranks of x with tied values sharing the average of their ranks."""
    _, inverse, counts = np.unique(x, return_inverse=True, return_counts=True)
    ends = np.cumsum(counts)                       # rank of the last member of each tie group
    return (ends - (counts - 1) / 2.0)[inverse]


def roc_auc(y_true: np.ndarray, scores: np.ndarray) -> float:
    """ROC AUC via the Mann-Whitney U statistic.

    AUC = P(score of a random positive > score of a random negative) + 0.5 * P(tie).
    y_true: (n,) binary labels (0/1 or bool); scores: float (n,). O(n log n): rank the scores once.
    Raises ValueError if only one class is present or the lengths differ.
    """
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape:
        raise ValueError("y_true and scores must have the same length")
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("ROC AUC needs both classes")
    ranks = _average_ranks(s)
    u = ranks[y].sum() - n_pos * (n_pos + 1) / 2.0   # pairs (pos, neg) with pos ranked higher
    return float(u / (n_pos * n_neg))
