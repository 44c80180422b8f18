import numpy as np


def embedding_forward(ids: np.ndarray, table: np.ndarray) -> np.ndarray:
    """table[ids] for ids of any int shape; ValueError for ids outside [0, V)."""
    raise NotImplementedError


def embedding_backward(
    ids: np.ndarray, dout: np.ndarray, vocab_size: int, padding_idx: int | None = None
) -> np.ndarray:
    """dL/dtable (V, E): dout rows summed per id (duplicates accumulate); padding_idx row is zero."""
    raise NotImplementedError
