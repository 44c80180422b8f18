import numpy as np


def batch_norm_backward(
    dy: np.ndarray, x: np.ndarray, gamma: np.ndarray, eps: float = 1e-5
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gradients of training-mode batch norm y = gamma * (x - mean) / sqrt(var + eps) + beta.

    dy, x: (N, D); gamma: (D,). Mean and biased var are over axis 0 of x.
    Returns (dx (N, D), dgamma (D,), dbeta (D,)).
    """
    mu = x.mean(axis=0)
    inv_std = 1.0 / np.sqrt(x.var(axis=0) + eps)
    x_hat = (x - mu) * inv_std
    dbeta = dy.sum(axis=0)
    dgamma = (dy * x_hat).sum(axis=0)
    # the two subtracted means are the paths through the batch mean and the batch variance
    dx = gamma * inv_std * (dy - dy.mean(axis=0) - x_hat * (dy * x_hat).mean(axis=0))
    return dx, dgamma, dbeta
