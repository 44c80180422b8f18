import numpy as np


def lora_forward(
    x: np.ndarray, W: np.ndarray, b: np.ndarray, A: np.ndarray, B: np.ndarray, alpha: float
) -> np.ndarray:
    """x W + b + (alpha / r) (x A) B with r = A.shape[1]; ValueError if A and B ranks differ."""
    if A.shape[1] != B.shape[0]:
        raise ValueError("A and B must share the rank dimension")
    scale = alpha / A.shape[1]
    return x @ W + b + scale * ((x @ A) @ B)  # (x A) first: an (N, r) bottleneck, never d_in x d_out


def merge_lora(W: np.ndarray, A: np.ndarray, B: np.ndarray, alpha: float) -> np.ndarray:
    """W + (alpha / r) A B."""
    return W + (alpha / A.shape[1]) * (A @ B)


def lora_backward(
    dy: np.ndarray, x: np.ndarray, A: np.ndarray, B: np.ndarray, alpha: float
) -> tuple[np.ndarray, np.ndarray]:
    """Gradients (dA, dB) of the adapter given dL/dy (N, d_out); W is frozen."""
    scale = alpha / A.shape[1]
    h = x @ A  # (N, r)
    dB = scale * h.T @ dy
    dA = scale * x.T @ (dy @ B.T)
    return dA, dB
