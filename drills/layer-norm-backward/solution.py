import numpy as np


def _normalise(x: np.ndarray, eps: float) -> tuple[np.ndarray, np.ndarray]:
    mu = x.mean(axis=-1, keepdims=True)
    inv_std = 1.0 / np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    return (x - mu) * inv_std, inv_std


def layer_norm_forward(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = 1e-5) -> np.ndarray:
    """Normalise x (..., D) over its last axis (biased variance), then scale by gamma and shift by beta."""
    x_hat, _ = _normalise(x, eps)
    return gamma * x_hat + beta


def layer_norm_backward(
    dy: np.ndarray, x: np.ndarray, gamma: np.ndarray, eps: float = 1e-5
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (dx like x, dgamma (D,), dbeta (D,)); dgamma/dbeta sum over all leading dims."""
    x_hat, inv_std = _normalise(x, eps)
    D = x.shape[-1]
    lead = tuple(range(x.ndim - 1))
    dgamma = (dy * x_hat).sum(axis=lead)
    dbeta = dy.sum(axis=lead)
    g = dy * gamma  # gradient with respect to x_hat
    # remove the components along the two directions the normalisation projects out: 1 and x_hat
    dx = inv_std * (g - g.mean(axis=-1, keepdims=True) - x_hat * (g * x_hat).sum(axis=-1, keepdims=True) / D)
    return dx, dgamma, dbeta
