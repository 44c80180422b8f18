import numpy as np


def split_heads(x: np.ndarray, n_heads: int) -> np.ndarray:
    """(B, L, D) -> (B, H, L, D // H); head h owns feature columns h*Dh:(h+1)*Dh."""
    raise NotImplementedError


def merge_heads(x: np.ndarray) -> np.ndarray:
    """(B, H, L, Dh) -> (B, L, H * Dh), the inverse of split_heads."""
    raise NotImplementedError


def multi_head_attention(
    x: np.ndarray,
    Wq: np.ndarray,
    Wk: np.ndarray,
    Wv: np.ndarray,
    Wo: np.ndarray,
    n_heads: int,
    mask: np.ndarray | None = None,
) -> np.ndarray:
    """Self-attention over x (B, L, D) with n_heads heads; mask True = may attend. Returns (B, L, D)."""
    raise NotImplementedError
