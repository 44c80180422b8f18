import numpy as np


def bt_loss(r_chosen: np.ndarray, r_rejected: np.ndarray, margin: np.ndarray | None = None) -> float:
    """Mean -log sigmoid(r_chosen - r_rejected - margin), stable for any gap."""
    raise NotImplementedError


def bt_grad(
    r_chosen: np.ndarray, r_rejected: np.ndarray, margin: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Gradients of the mean loss with respect to r_chosen and r_rejected."""
    raise NotImplementedError


def pairwise_accuracy(r_chosen: np.ndarray, r_rejected: np.ndarray) -> float:
    """Fraction of pairs with r_chosen > r_rejected; ties count one half."""
    raise NotImplementedError
