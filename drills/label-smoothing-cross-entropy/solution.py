import numpy as np


def label_smoothing_ce(logits: np.ndarray, labels: np.ndarray, smoothing: float) -> tuple[float, np.ndarray]:
    """Mean cross-entropy against q = (1 - eps) * onehot + eps / C, and its gradient (N, C)."""
    if not 0.0 <= smoothing < 1.0:
        raise ValueError("smoothing must be in [0, 1)")
    n, c = logits.shape
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    q = np.full((n, c), smoothing / c)
    q[np.arange(n), labels] += 1.0 - smoothing
    loss = -(q * log_p).sum() / n
    return float(loss), (np.exp(log_p) - q) / n
