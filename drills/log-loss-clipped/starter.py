import numpy as np


def log_loss(y_true: np.ndarray, proba: np.ndarray, eps: float = 1e-15) -> float:
    """Mean negative log-likelihood of the true labels.

    Binary: proba is float (n,) = P(y = 1) and y_true holds 0/1. Multiclass: proba is float (n, K)
    with rows summing to 1 and y_true holds ints in [0, K). The probability given to the true class
    is clipped to [eps, 1 - eps] before the log (no renormalisation), so a confident mistake costs
    -log(eps) instead of infinity. Raises ValueError on empty input, mismatched lengths, a label out
    of range, or multiclass rows that do not sum to 1 (tolerance 1e-6).
    """
    raise NotImplementedError
