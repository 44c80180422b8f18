import numpy as np


def fit_gaussian_nb(X: np.ndarray, y: np.ndarray, var_smoothing: float = 1e-9) -> dict:
    """Gaussian naive Bayes parameters.

    X: float (n_samples, n_features); y: labels (n_samples,) of any sortable dtype.
    Returns {"classes": (K,), "priors": (K,), "means": (K, d), "vars": (K, d)} where priors are
    class frequencies, means/vars are per-class maximum-likelihood (divide by n_c) estimates computed
    from centred values (stable when |mean| >> std), and every variance gets epsilon = var_smoothing * max over features of the overall variance of X.
    Raises ValueError on empty input or mismatched lengths.
    """
    raise NotImplementedError


def predict_log_proba(model: dict, X: np.ndarray) -> np.ndarray:
    """log P(class | x) for each row, float (n_samples, K); rows are normalised with log-sum-exp."""
    raise NotImplementedError


def predict(model: dict, X: np.ndarray) -> np.ndarray:
    """Most probable class label for each row, shape (n_samples,)."""
    raise NotImplementedError
