import numpy as np


def bce_with_logits(logits: np.ndarray, targets: np.ndarray) -> float:
    """Mean binary cross-entropy of sigmoid(logits) against targets in [0, 1]; stable for any logit."""
    raise NotImplementedError


def bce_with_logits_grad(logits: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Gradient of the mean loss with respect to the logits, shape (N,)."""
    raise NotImplementedError
