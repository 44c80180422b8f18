import numpy as np


def batch_norm_backward(
    dy: np.ndarray, x: np.ndarray, gamma: np.ndarray, eps: float = 1e-5
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gradients of training-mode batch norm y = gamma * (x - mean) / sqrt(var + eps) + beta.

    dy, x: (N, D); gamma: (D,). Mean and biased var are over axis 0 of x.
    Returns (dx (N, D), dgamma (D,), dbeta (D,)).
    """
    raise NotImplementedError
