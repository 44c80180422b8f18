import numpy as np


def lora_forward(
    x: np.ndarray, W: np.ndarray, b: np.ndarray, A: np.ndarray, B: np.ndarray, alpha: float
) -> np.ndarray:
    """x W + b + (alpha / r) (x A) B with r = A.shape[1]; ValueError if A and B ranks differ."""
    raise NotImplementedError


def merge_lora(W: np.ndarray, A: np.ndarray, B: np.ndarray, alpha: float) -> np.ndarray:
    """W + (alpha / r) A B."""
    raise NotImplementedError


def lora_backward(
    dy: np.ndarray, x: np.ndarray, A: np.ndarray, B: np.ndarray, alpha: float
) -> tuple[np.ndarray, np.ndarray]:
    """Gradients (dA, dB) of the adapter given dL/dy (N, d_out); W is frozen."""
    raise NotImplementedError
