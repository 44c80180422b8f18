import numpy as np


def mlp_loss_and_grads(X: np.ndarray, y: np.ndarray, params: dict, reg: float = 0.0) -> tuple[float, dict]:
    """Mean softmax cross-entropy of ReLU(X W1 + b1) W2 + b2, plus reg/2 (|W1|^2 + |W2|^2).

    Returns (loss, grads) where grads has keys W1, b1, W2, b2 with the shapes of params.
    """
    raise NotImplementedError
