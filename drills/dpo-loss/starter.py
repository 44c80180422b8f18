import numpy as np


def dpo_loss(
    pi_chosen: np.ndarray, pi_rejected: np.ndarray, ref_chosen: np.ndarray, ref_rejected: np.ndarray, beta: float = 0.1
) -> tuple[float, np.ndarray, np.ndarray]:
    """Mean -log sigmoid(beta * ((pi_c - ref_c) - (pi_r - ref_r))) and the implicit rewards (chosen, rejected)."""
    raise NotImplementedError


def dpo_grad(
    pi_chosen: np.ndarray, pi_rejected: np.ndarray, ref_chosen: np.ndarray, ref_rejected: np.ndarray, beta: float = 0.1
) -> tuple[np.ndarray, np.ndarray]:
    """Gradients of the mean DPO loss with respect to pi_chosen and pi_rejected."""
    raise NotImplementedError
