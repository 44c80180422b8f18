import numpy as np


def _log_gaussian(X, mean, cov):
    """log N(x | mean, cov) for each row of X, via a Cholesky factor (no explicit inverse)."""
    d = X.shape[1]
    L = np.linalg.cholesky(cov)
    z = np.linalg.solve(L, (X - mean).T)             # L z = x - mean  =>  |z|^2 = Mahalanobis^2
    log_det = 2.0 * np.log(np.diag(L)).sum()
    return -0.5 * (d * np.log(2 * np.pi) + log_det + (z ** 2).sum(axis=0))


def gmm_em_step(
    X: np.ndarray, weights: np.ndarray, means: np.ndarray, covs: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """One EM iteration for a Gaussian mixture with full covariances.

    X: float (n, d); weights: (K,) summing to 1; means: (K, d); covs: (K, d, d) symmetric positive
    definite. E-step: responsibilities r_ik = P(component k | x_i) under the given parameters.
    M-step: N_k = sum_i r_ik; weights = N_k / n; means = sum_i r_ik x_i / N_k;
    covs = sum_i r_ik (x_i - mean_k)(x_i - mean_k)^T / N_k (new means, no regularisation).
    Returns (weights, means, covs, log_likelihood) where log_likelihood is
    sum_i log sum_k weights_k N(x_i | means_k, covs_k) under the *input* parameters.
    Work in log space so far-away points do not underflow to 0 / 0.
    """
    X = np.asarray(X, dtype=float)
    n, K = len(X), len(weights)
    log_p = np.stack([np.log(weights[k]) + _log_gaussian(X, means[k], covs[k]) for k in range(K)], axis=1)
    top = log_p.max(axis=1, keepdims=True)
    log_norm = top + np.log(np.exp(log_p - top).sum(axis=1, keepdims=True))   # log-sum-exp, (n, 1)
    resp = np.exp(log_p - log_norm)                                             # (n, K)
    Nk = resp.sum(axis=0)
    new_means = resp.T @ X / Nk[:, None]
    new_covs = np.empty((K, X.shape[1], X.shape[1]))
    for k in range(K):
        diff = X - new_means[k]
        new_covs[k] = (resp[:, k, None] * diff).T @ diff / Nk[k]
    return Nk / n, new_means, new_covs, float(log_norm.sum())
