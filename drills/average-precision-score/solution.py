import numpy as np


def precision_recall_points(y_true: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Precision-recall curve at every distinct score used as a threshold.

    thresholds: the distinct scores in decreasing order, (T,). precision[i], recall[i]: for the
    rule "predict positive if score >= thresholds[i]". Tied scores enter together.
    Raises ValueError if there is no positive or the lengths differ.
    """
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(scores, dtype=float)
    if y.shape != s.shape:
        raise ValueError("y_true and scores must have the same length")
    n_pos = int(y.sum())
    if n_pos == 0:
        raise ValueError("average precision needs at least one positive")
    order = np.argsort(-s, kind="stable")
    s_sorted, y_sorted = s[order], y[order]
    tp = np.cumsum(y_sorted)
    # keep the last position of each run of equal scores, so ties are counted together
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]
    tp, n_pred = tp[last], np.flatnonzero(last) + 1
    return tp / n_pred, tp / n_pos, s_sorted[last]


def average_precision(y_true: np.ndarray, scores: np.ndarray) -> float:
    """AP = sum_i (R_i - R_{i-1}) * P_i over the thresholds in decreasing order, R_0 = 0
    (the step-wise area, no interpolation; scikit-learn's average_precision_score)."""
    precision, recall, _ = precision_recall_points(y_true, scores)
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))
