import numpy as np


def embedding_forward(ids: np.ndarray, table: np.ndarray) -> np.ndarray:
    """table[ids] for ids of any int shape; ValueError for ids outside [0, V)."""
    if ids.size and (ids.min() < 0 or ids.max() >= table.shape[0]):
        raise ValueError("id out of range")
    return table[ids]


def embedding_backward(
    ids: np.ndarray, dout: np.ndarray, vocab_size: int, padding_idx: int | None = None
) -> np.ndarray:
    """dL/dtable (V, E): dout rows summed per id (duplicates accumulate); padding_idx row is zero."""
    dim = dout.shape[-1]
    dtable = np.zeros((vocab_size, dim), dtype=np.float64)
    np.add.at(dtable, ids.reshape(-1), dout.reshape(-1, dim))  # unbuffered: repeated ids add up
    if padding_idx is not None:
        dtable[padding_idx] = 0.0
    return dtable
