import numpy as np

_EPS = 1e-10


def adaboost_round(weights: np.ndarray, y: np.ndarray, pred: np.ndarray) -> tuple[float, np.ndarray]:
    """One AdaBoost (discrete, binary) re-weighting step.

    weights: non-negative float (n,), not necessarily normalised; y, pred: labels in {-1, +1} (n,).
    err = sum(weights where pred != y) / sum(weights), clipped to [1e-10, 1 - 1e-10];
    alpha = 0.5 * ln((1 - err) / err); new weights proportional to weights * exp(-alpha * y * pred),
    normalised to sum 1. Returns (alpha, new_weights). Raises ValueError if the weights sum to 0,
    lengths differ, or a label is not -1/+1.
    """
    w = np.asarray(weights, dtype=float)
    y = np.asarray(y)
    pred = np.asarray(pred)
    if not (len(w) == len(y) == len(pred)):
        raise ValueError("weights, y and pred must have the same length")
    if not (np.isin(y, (-1, 1)).all() and np.isin(pred, (-1, 1)).all()):
        raise ValueError("labels must be -1 or +1")
    total = w.sum()
    if total <= 0:
        raise ValueError("weights must have a positive sum")
    err = w[pred != y].sum() / total
    err = min(max(err, _EPS), 1 - _EPS)            # a perfect learner would give alpha = inf
    alpha = 0.5 * np.log((1 - err) / err)
    new = w * np.exp(-alpha * y * pred)            # up-weight mistakes, down-weight hits
    return float(alpha), new / new.sum()


def adaboost_predict(alphas: np.ndarray, preds: np.ndarray) -> np.ndarray:
    """Sign of the weighted vote sum_m alphas[m] * preds[m]; preds is (n_learners, n_samples) in {-1, +1}.

    Returns int (n_samples,) in {-1, +1}; a score of exactly 0 maps to +1.
    """
    score = np.asarray(alphas, dtype=float) @ np.asarray(preds, dtype=float)
    return np.where(score >= 0, 1, -1)
