import numpy as np


def focal_loss(logits: np.ndarray, targets: np.ndarray, gamma: float = 2.0, alpha: float | None = 0.25) -> float:
    """Mean of -alpha_t (1 - p_t)^gamma log(p_t) with p = sigmoid(logits); alpha None = no weighting.

    ValueError if the shapes differ or the input is empty.
    """
    if logits.shape != targets.shape or logits.size == 0:
        raise ValueError("logits and targets must be non-empty and of the same shape")
    y = targets.astype(np.float64)
    # stable binary cross-entropy with logits: ce = -log(p_t)
    ce = np.maximum(logits, 0.0) - logits * y + np.log1p(np.exp(-np.abs(logits)))
    p_t = np.exp(-ce)
    loss = (1.0 - p_t) ** gamma * ce
    if alpha is not None:
        loss = np.where(y == 1, alpha, 1.0 - alpha) * loss
    return float(loss.mean())
