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
    raise NotImplementedError
