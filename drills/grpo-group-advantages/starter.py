import numpy as np


def grpo_advantages(rewards: np.ndarray, eps: float = 1e-4, scale: bool = True) -> np.ndarray:
    """(r - group mean) / (group sample std + eps) per row of rewards (P, G); scale=False: mean-centre only."""
    raise NotImplementedError
