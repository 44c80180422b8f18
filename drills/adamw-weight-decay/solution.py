import numpy as np


def adamw_step(
    param: np.ndarray,
    grad: np.ndarray,
    m: np.ndarray,
    v: np.ndarray,
    t: int,
    lr: float = 1e-3,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
    weight_decay: float = 0.01,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One AdamW step: Adam on the raw gradient plus decoupled decay lr * weight_decay * param.

    t is 1-based (ValueError if t < 1). Returns (new_param, new_m, new_v).
    """
    if t < 1:
        raise ValueError("t is 1-based")
    m = beta1 * m + (1 - beta1) * grad  # moments see the raw gradient only
    v = beta2 * v + (1 - beta2) * grad * grad
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    update = m_hat / (np.sqrt(v_hat) + eps) + weight_decay * param  # decay is not rescaled by v
    return param - lr * update, m, v
