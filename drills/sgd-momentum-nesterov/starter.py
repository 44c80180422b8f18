import numpy as np


def sgd_momentum_step(
    param: np.ndarray,
    grad: np.ndarray,
    velocity: np.ndarray,
    lr: float,
    momentum: float = 0.9,
    nesterov: bool = False,
    weight_decay: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """One SGD step, PyTorch convention: g = grad + wd * param; v = mu * v + g;
    d = g + mu * v (Nesterov) or v; param - lr * d. Returns (new_param, new_velocity).
    ValueError if nesterov with momentum == 0.
    """
    raise NotImplementedError
