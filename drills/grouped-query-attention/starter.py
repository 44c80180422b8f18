import numpy as np


def grouped_query_attention(
    x: np.ndarray,
    Wq: np.ndarray,
    Wk: np.ndarray,
    Wv: np.ndarray,
    Wo: np.ndarray,
    n_heads: int,
    n_kv_heads: int,
    causal: bool = True,
) -> np.ndarray:
    """GQA over x (B, L, D): query head h uses kv head h // (n_heads // n_kv_heads). Returns (B, L, D)."""
    raise NotImplementedError
