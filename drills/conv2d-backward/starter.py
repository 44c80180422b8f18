import numpy as np


def conv2d_backward(
    dout: np.ndarray, x: np.ndarray, w: np.ndarray, stride: int = 1, padding: int = 0
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gradients of out = conv2d(x, w, b) (cross-correlation, zero padding).

    dout (N, F, OH, OW), x (N, C, H, W), w (F, C, KH, KW) -> (dx like x, dw like w, db (F,)).
    """
    raise NotImplementedError
