import numpy as np


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
    raise NotImplementedError
