import numpy as np


def grpo_advantages(rewards: np.ndarray, eps: float = 1e-4, scale: bool = True) -> np.ndarray:
    """(r - group mean) / (group sample std + eps) per row of rewards (P, G); scale=False: mean-centre only."""
    if rewards.ndim != 2 or rewards.shape[1] < 2:
        raise ValueError("rewards must be (P, G) with G >= 2")
    centred = rewards - rewards.mean(axis=1, keepdims=True)
    if not scale:
        return centred
    std = rewards.std(axis=1, ddof=1, keepdims=True)
    denom = std + eps
    # a constant group has centred == 0; give it 0 even when eps == 0 (no 0 / 0)
    return np.where(denom > 0, centred / np.where(denom > 0, denom, 1.0), 0.0)
