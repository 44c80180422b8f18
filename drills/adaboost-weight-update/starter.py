import numpy as np


def adaboost_round(weights: np.ndarray, y: np.ndarray, pred: np.ndarray) -> tuple[float, np.ndarray]:
    """One AdaBoost (discrete, binary) re-weighting step.

    weights: non-negative float (n,), not necessarily normalised; y, pred: labels in {-1, +1} (n,).
    err = sum(weights where pred != y) / sum(weights), clipped to [1e-10, 1 - 1e-10];
    alpha = 0.5 * ln((1 - err) / err); new weights proportional to weights * exp(-alpha * y * pred),
    normalised to sum 1. Returns (alpha, new_weights). Raises ValueError if the weights sum to 0,
    lengths differ, or a label is not -1/+1.
    """
    raise NotImplementedError


def adaboost_predict(alphas: np.ndarray, preds: np.ndarray) -> np.ndarray:
    """Sign of the weighted vote sum_m alphas[m] * preds[m]; preds is (n_learners, n_samples) in {-1, +1}.

    Returns int (n_samples,) in {-1, +1}; a score of exactly 0 maps to +1.
    """
    raise NotImplementedError
