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
    raise NotImplementedError
