import numpy as np


def log_loss(y_true: np.ndarray, proba: np.ndarray, eps: float = 1e-15) -> float:
    """Mean negative log-likelihood of the true labels.

    Binary: proba is float (n,) = P(y = 1) and y_true holds 0/1. Multiclass: proba is float (n, K)
    with rows summing to 1 and y_true holds ints in [0, K). The probability given to the true class
    is clipped to [eps, 1 - eps] before the log (no renormalisation), so a confident mistake costs
    -log(eps) instead of infinity. Raises ValueError on empty input, mismatched lengths, a label out
    of range, or multiclass rows that do not sum to 1 (tolerance 1e-6).
    """
    y = np.asarray(y_true)
    p = np.asarray(proba, dtype=float)
    if len(y) == 0 or len(y) != len(p):
        raise ValueError("need non-empty y_true and proba of the same length")
    if p.ndim == 1:
        if not np.isin(y, (0, 1)).all():
            raise ValueError("binary labels must be 0 or 1")
        p_true = np.where(y == 1, p, 1.0 - p)
    else:
        if y.min() < 0 or y.max() >= p.shape[1]:
            raise ValueError("label out of range")
        if not np.allclose(p.sum(axis=1), 1.0, atol=1e-6):
            raise ValueError("probability rows must sum to 1")
        p_true = p[np.arange(len(y)), y]
    return float(-np.mean(np.log(np.clip(p_true, eps, 1.0 - eps))))
