import numpy as np


def fit_gaussian_nb(X: np.ndarray, y: np.ndarray, var_smoothing: float = 1e-9) -> dict:
    """Gaussian naive Bayes parameters.

    X: float (n_samples, n_features); y: labels (n_samples,) of any sortable dtype.
    Returns {"classes": (K,), "priors": (K,), "means": (K, d), "vars": (K, d)} where priors are
    class frequencies, means/vars are per-class maximum-likelihood (divide by n_c) estimates computed
    from centred values (stable when |mean| >> std), and every variance gets epsilon = var_smoothing * max over features of the overall variance of X.
    Raises ValueError on empty input or mismatched lengths.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if len(y) == 0 or len(X) != len(y):
        raise ValueError("need a non-empty X and y of the same length")
    classes, idx, counts = np.unique(y, return_inverse=True, return_counts=True)
    K = len(classes)
    onehot = np.eye(K)[idx]                                  # (n, K)
    means = onehot.T @ X / counts[:, None]
    # centre on the class mean first: E[x^2] - E[x]^2 cancels catastrophically when |mean| >> std
    vars_ = onehot.T @ (X - means[idx]) ** 2 / counts[:, None]   # biased (ML) estimate
    vars_ = vars_ + var_smoothing * X.var(axis=0).max()
    return {"classes": classes, "priors": counts / len(y), "means": means, "vars": vars_}


def predict_log_proba(model: dict, X: np.ndarray) -> np.ndarray:
    """log P(class | x) for each row, float (n_samples, K); rows are normalised with log-sum-exp."""
    X = np.asarray(X, dtype=float)
    m, v = model["means"], model["vars"]
    # joint log-likelihood: log prior + sum_j log N(x_j | m_kj, v_kj), shape (n, K)
    jll = (np.log(model["priors"])
           - 0.5 * np.log(2 * np.pi * v).sum(axis=1)
           - 0.5 * (((X[:, None, :] - m[None]) ** 2) / v[None]).sum(axis=2))
    top = jll.max(axis=1, keepdims=True)
    return jll - (top + np.log(np.exp(jll - top).sum(axis=1, keepdims=True)))


def predict(model: dict, X: np.ndarray) -> np.ndarray:
    """Most probable class label for each row, shape (n_samples,)."""
    return model["classes"][predict_log_proba(model, X).argmax(axis=1)]
