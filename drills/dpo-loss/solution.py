import numpy as np


def _margin(pi_c, pi_r, ref_c, ref_r, beta):
    arrays = (pi_c, pi_r, ref_c, ref_r)
    if beta <= 0 or pi_c.size == 0 or any(a.shape != pi_c.shape for a in arrays):
        raise ValueError("need beta > 0 and four non-empty arrays of one shape")
    chosen = beta * (pi_c - ref_c)
    rejected = beta * (pi_r - ref_r)
    return chosen, rejected, chosen - rejected


def dpo_loss(
    pi_chosen: np.ndarray, pi_rejected: np.ndarray, ref_chosen: np.ndarray, ref_rejected: np.ndarray, beta: float = 0.1
) -> tuple[float, np.ndarray, np.ndarray]:
    """Mean -log sigmoid(beta * ((pi_c - ref_c) - (pi_r - ref_r))) and the implicit rewards (chosen, rejected)."""
    chosen, rejected, z = _margin(pi_chosen, pi_rejected, ref_chosen, ref_rejected, beta)
    loss = np.logaddexp(0.0, -z).mean()  # -log sigmoid(z) = log(1 + e^{-z}), no overflow
    return float(loss), chosen, rejected


def dpo_grad(
    pi_chosen: np.ndarray, pi_rejected: np.ndarray, ref_chosen: np.ndarray, ref_rejected: np.ndarray, beta: float = 0.1
) -> tuple[np.ndarray, np.ndarray]:
    """Gradients of the mean DPO loss with respect to pi_chosen and pi_rejected."""
    _, _, z = _margin(pi_chosen, pi_rejected, ref_chosen, ref_rejected, beta)
    weight = np.exp(-np.logaddexp(0.0, z))  # sigmoid(-z), computed stably
    n = z.size
    return -beta * weight / n, beta * weight / n
