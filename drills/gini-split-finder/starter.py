import numpy as np


def gini(y: np.ndarray) -> float:
    """Gini impurity 1 - sum_c p_c^2 of integer labels y (n,); 0.0 for an empty array."""
    raise NotImplementedError


def best_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float, float]:
    """Best axis-aligned split of (X, y) by weighted Gini impurity.

    X: float (n_samples, n_features); y: int labels >= 0 (n_samples,).
    A split (j, t) sends rows with X[:, j] <= t left, the rest right; candidate thresholds are
    midpoints between consecutive distinct sorted values of a feature.
    Returns (feature, threshold, impurity) where impurity = (n_L * G_L + n_R * G_R) / n.
    Ties: lowest impurity, then lowest feature index, then smallest threshold.
    If no split exists (every feature constant, or n < 2), returns (-1, nan, gini(y)).
    """
    raise NotImplementedError
