import numpy as np


def grpo_advantages(rewards: np.ndarray, eps: float = 1e-4, scale: bool = True) -> np.ndarray:
    """(r - group mean) / (group sample std + eps) per row of rewards (P, G); scale=False: mean-centre only."""
    if rewards.ndim != 2 or rewards.shape[1] < 2:
        raise ValueError("rewards must be (P, G) with G >= 2")
    centred = rewards - rewards.mean(axis=1, keepdims=True)
    # an all-equal group must get exactly 0: its float mean can miss the common value by an ulp
    # (mean of [0.1, 0.1, 0.1] != 0.1), and that residue divided by an equally tiny std is O(1)
    constant = (rewards == rewards[:, :1]).all(axis=1, keepdims=True)
    centred = np.where(constant, 0.0, centred)
    if not scale:
        return centred
    std = rewards.std(axis=1, ddof=1, keepdims=True)
    return centred / np.where(constant, 1.0, std + eps)  # no 0 / 0 even when eps == 0
