import numpy as np


def fit_gradient_boosting(X: np.ndarray, y: np.ndarray, n_estimators: int, learning_rate: float = 0.1) -> dict:
    """Gradient boosting for squared loss with depth-1 regression trees (stumps).

    X: float (n_samples, n_features); y: float (n_samples,).
    F_0 = mean(y); for m = 1..n_estimators: fit a stump to the residuals y - F_{m-1} by least squares
    (thresholds at midpoints of consecutive distinct values, x <= t goes left, each leaf predicts its
    mean residual; ties -> lowest feature, then smallest threshold) and set F_m = F_{m-1} + lr * stump.
    If every feature is constant, no stump is added.
    Returns {"init": float, "learning_rate": float, "stumps": [(feature, threshold, left, right), ...]}.
    Raises ValueError on empty input or mismatched lengths.
    """
    raise NotImplementedError


def predict_gradient_boosting(model: dict, X: np.ndarray) -> np.ndarray:
    """F_M(x) = init + learning_rate * sum of stump outputs, float (n_samples,)."""
    raise NotImplementedError
