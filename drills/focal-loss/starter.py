import numpy as np


def focal_loss(logits: np.ndarray, targets: np.ndarray, gamma: float = 2.0, alpha: float | None = 0.25) -> float:
    """Mean of -alpha_t (1 - p_t)^gamma log(p_t) with p = sigmoid(logits); alpha None = no weighting.

    ValueError if the shapes differ or the input is empty.
    """
    raise NotImplementedError
