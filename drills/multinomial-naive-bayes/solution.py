import numpy as np


def fit_multinomial_nb(X: np.ndarray, y: np.ndarray, alpha: float = 1.0) -> dict:
    """Multinomial naive Bayes with additive (Laplace/Lidstone) smoothing.

    X: non-negative counts (n_samples, n_features), e.g. word counts; y: labels (n_samples,).
    theta_kj = (N_kj + alpha) / (N_k + alpha * n_features), N_kj = total count of feature j in class k.
    Returns {"classes": (K,), "class_log_prior": (K,), "feature_log_prob": (K, n_features)};
    the prior is the class frequency. Raises ValueError if alpha <= 0, X has a negative entry,
    or the input is empty.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if alpha <= 0:
        raise ValueError("alpha must be positive")
    if len(y) == 0 or len(X) != len(y):
        raise ValueError("need a non-empty X and y of the same length")
    if (X < 0).any():
        raise ValueError("counts must be non-negative")
    classes, idx, n_c = np.unique(y, return_inverse=True, return_counts=True)
    counts = np.eye(len(classes))[idx].T @ X                  # N_kj, shape (K, d)
    smoothed = counts + alpha
    return {
        "classes": classes,
        "class_log_prior": np.log(n_c / len(y)),
        "feature_log_prob": np.log(smoothed) - np.log(smoothed.sum(axis=1, keepdims=True)),
    }


def predict_log_proba(model: dict, X: np.ndarray) -> np.ndarray:
    """Normalised log P(class | x), float (n_samples, K), via log-sum-exp."""
    jll = np.asarray(X, dtype=float) @ model["feature_log_prob"].T + model["class_log_prior"]
    top = jll.max(axis=1, keepdims=True)
    return jll - top - np.log(np.exp(jll - top).sum(axis=1, keepdims=True))


def predict(model: dict, X: np.ndarray) -> np.ndarray:
    """Most probable label per row (ties -> the smaller label)."""
    return model["classes"][predict_log_proba(model, X).argmax(axis=1)]
