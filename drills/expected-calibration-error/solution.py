import numpy as np


def expected_calibration_error(proba: np.ndarray, y_true: np.ndarray, n_bins: int = 10) -> float:
    """Top-label expected calibration error with equal-width confidence bins.

    proba: float (n, K) class probabilities (or (n,) = P(class 1) of a binary problem, read as
    [1 - p, p]); y_true: int (n,). Confidence = max probability, prediction = its arg-max (ties ->
    lowest class). With edges = np.linspace(0, 1, n_bins + 1), bin b (0-based) holds confidences c
    with edges[b] < c <= edges[b + 1] (right-closed).
    ECE = sum_b |B_b| / n * |accuracy(B_b) - mean confidence(B_b)|, empty bins contribute 0.
    Raises ValueError on empty input, mismatched lengths or n_bins < 1.
    """
    p = np.asarray(proba, dtype=float)
    y = np.asarray(y_true)
    if p.ndim == 1:
        p = np.column_stack([1.0 - p, p])
    if len(p) == 0 or len(p) != len(y) or n_bins < 1:
        raise ValueError("need non-empty proba and y_true of the same length, n_bins >= 1")
    conf = p.max(axis=1)
    correct = (p.argmax(axis=1) == y).astype(float)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    # side="left" puts a confidence equal to an edge into the bin that edge closes
    b = np.clip(np.searchsorted(edges, conf, side="left") - 1, 0, n_bins - 1)
    gap = np.bincount(b, weights=correct - conf, minlength=n_bins)   # sum of (acc - conf) per bin
    return float(np.abs(gap).sum() / len(y))
