import numpy as np


def batch_norm_forward(
    x: np.ndarray,
    gamma: np.ndarray,
    beta: np.ndarray,
    running_mean: np.ndarray,
    running_var: np.ndarray,
    training: bool,
    momentum: float = 0.1,
    eps: float = 1e-5,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Batch norm over axis 0 of x (N, D).

    training: normalise with batch mean / biased variance; running stats updated with the unbiased
    variance: new = (1 - momentum) * old + momentum * batch. ValueError if N < 2.
    eval: normalise with the running stats, which are returned unchanged.
    Returns (y, new_running_mean, new_running_var); inputs are not modified.
    """
    raise NotImplementedError
