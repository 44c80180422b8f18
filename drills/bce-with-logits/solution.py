import numpy as np


def _check(logits: np.ndarray, targets: np.ndarray) -> None:
    if logits.shape != targets.shape or logits.size == 0:
        raise ValueError("logits and targets must be non-empty and of the same shape")


def _sigmoid(z: np.ndarray) -> np.ndarray:
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def bce_with_logits(logits: np.ndarray, targets: np.ndarray) -> float:
    """Mean binary cross-entropy of sigmoid(logits) against targets in [0, 1]; stable for any logit."""
    _check(logits, targets)
    # max(z, 0) - z*y + log(1 + exp(-|z|)): the exponent is never positive
    losses = np.maximum(logits, 0.0) - logits * targets + np.log1p(np.exp(-np.abs(logits)))
    return float(losses.mean())


def bce_with_logits_grad(logits: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Gradient of the mean loss with respect to the logits, shape (N,)."""
    _check(logits, targets)
    return (_sigmoid(logits) - targets) / logits.size
