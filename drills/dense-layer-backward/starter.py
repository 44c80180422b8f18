import numpy as np


def dense_forward(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """y = x @ W + b for x (N, D), W (D, M), b (M,); ValueError on shape mismatch."""
    raise NotImplementedError


def dense_backward(dy: np.ndarray, x: np.ndarray, W: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Given dL/dy (N, M), return (dL/dx (N, D), dL/dW (D, M), dL/db (M,)); no 1/N scaling."""
    raise NotImplementedError
