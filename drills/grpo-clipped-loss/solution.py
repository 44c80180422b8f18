import numpy as np


def grpo_loss(
    logp_new: np.ndarray,
    logp_old: np.ndarray,
    logp_ref: np.ndarray,
    advantages: np.ndarray,
    mask: np.ndarray,
    clip_eps: float = 0.2,
    beta: float = 0.04,
    aggregation: str = "sequence",
) -> float:
    """Clipped surrogate with k3 KL penalty, averaged per sequence then over sequences ("sequence")
    or over all valid tokens ("token"). Masked positions are ignored.
    """
    if aggregation not in ("sequence", "token"):
        raise ValueError(f"unknown aggregation {aggregation!r}")
    counts = mask.sum(axis=1)
    if np.any(counts == 0):
        raise ValueError("every completion needs at least one valid token")
    # neutralise padding before any arithmetic so nan there cannot leak into the sums
    new = np.where(mask, logp_new, 0.0)
    old = np.where(mask, logp_old, 0.0)
    ref = np.where(mask, logp_ref, 0.0)
    a = advantages[:, None]
    ratio = np.exp(new - old)
    surr = np.minimum(ratio * a, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * a)  # pessimistic bound
    d = ref - new
    kl = np.exp(d) - d - 1.0
    token_loss = np.where(mask, -(surr - beta * kl), 0.0)
    if aggregation == "sequence":
        return float(np.mean(token_loss.sum(axis=1) / counts))
    return float(token_loss.sum() / counts.sum())
