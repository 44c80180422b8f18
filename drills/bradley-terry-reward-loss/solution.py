import numpy as np


def _gap(r_chosen, r_rejected, margin):
    if r_chosen.shape != r_rejected.shape or r_chosen.size == 0:
        raise ValueError("need two non-empty arrays of the same shape")
    m = 0.0 if margin is None else margin
    return r_chosen - r_rejected - m


def bt_loss(r_chosen: np.ndarray, r_rejected: np.ndarray, margin: np.ndarray | None = None) -> float:
    """Mean -log sigmoid(r_chosen - r_rejected - margin), stable for any gap."""
    d = _gap(r_chosen, r_rejected, margin)
    return float(np.logaddexp(0.0, -d).mean())  # -log sigmoid(d) = log(1 + e^{-d})


def bt_grad(
    r_chosen: np.ndarray, r_rejected: np.ndarray, margin: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Gradients of the mean loss with respect to r_chosen and r_rejected."""
    d = _gap(r_chosen, r_rejected, margin)
    w = np.exp(-np.logaddexp(0.0, d)) / d.size  # sigmoid(-d) / N
    return -w, w


def pairwise_accuracy(r_chosen: np.ndarray, r_rejected: np.ndarray) -> float:
    """Fraction of pairs with r_chosen > r_rejected; ties count one half."""
    d = _gap(r_chosen, r_rejected, None)
    return float(np.mean((d > 0) + 0.5 * (d == 0)))
