import numpy as np


def fit_multinomial_nb(X: np.ndarray, y: np.ndarray, alpha: float = 1.0) -> dict:
    """Multinomial naive Bayes with additive (Laplace/Lidstone) smoothing.

    X: non-negative counts (n_samples, n_features), e.g. word counts; y: labels (n_samples,).
    theta_kj = (N_kj + alpha) / (N_k + alpha * n_features), N_kj = total count of feature j in class k.
    Returns {"classes": (K,), "class_log_prior": (K,), "feature_log_prob": (K, n_features)};
    the prior is the class frequency. Raises ValueError if alpha <= 0, X has a negative entry,
    or the input is empty.
    """
    raise NotImplementedError


def predict_log_proba(model: dict, X: np.ndarray) -> np.ndarray:
    """Normalised log P(class | x), float (n_samples, K), via log-sum-exp."""
    raise NotImplementedError


def predict(model: dict, X: np.ndarray) -> np.ndarray:
    """Most probable label per row (ties -> the smaller label)."""
    raise NotImplementedError
