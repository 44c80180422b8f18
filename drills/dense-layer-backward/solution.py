import numpy as np


def dense_forward(x: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """y = x @ W + b for x (N, D), W (D, M), b (M,); ValueError on shape mismatch."""
    if x.ndim != 2 or W.ndim != 2 or x.shape[1] != W.shape[0] or b.shape != (W.shape[1],):
        raise ValueError(f"shapes do not match: x {x.shape}, W {W.shape}, b {b.shape}")
    return x @ W + b


def dense_backward(dy: np.ndarray, x: np.ndarray, W: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Given dL/dy (N, M), return (dL/dx (N, D), dL/dW (D, M), dL/db (M,)); no 1/N scaling."""
    dx = dy @ W.T
    dW = x.T @ dy  # sums the per-sample outer products x_n^T dy_n
    db = dy.sum(axis=0)  # b is broadcast over the batch, so its gradient sums over it
    return dx, dW, db
