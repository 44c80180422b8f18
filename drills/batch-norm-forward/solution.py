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
    if training:
        n = x.shape[0]
        if n < 2:
            raise ValueError("training-mode batch norm needs at least 2 samples")
        mu = x.mean(axis=0)
        var = x.var(axis=0)  # biased: used to normalise this batch
        new_mean = (1 - momentum) * running_mean + momentum * mu
        new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)  # unbiased estimate
    else:
        mu, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    y = gamma * (x - mu) / np.sqrt(var + eps) + beta
    return y, new_mean, new_var
