import numpy as np


def clip_grad_global_norm(
    grads: list[np.ndarray], max_norm: float, eps: float = 1e-6
) -> tuple[list[np.ndarray], float]:
    """Scale all grads by max_norm / (norm + eps) if their joint L2 norm exceeds max_norm.

    Returns (new list of arrays, norm before clipping). [] -> ([], 0.0). ValueError if max_norm <= 0.
    """
    if max_norm <= 0:
        raise ValueError("max_norm must be positive")
    total = float(np.sqrt(sum(float(np.sum(g * g)) for g in grads)))
    scale = max_norm / (total + eps) if total > max_norm else 1.0
    return [g * scale for g in grads], total
