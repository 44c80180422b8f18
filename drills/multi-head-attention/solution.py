import numpy as np


def split_heads(x: np.ndarray, n_heads: int) -> np.ndarray:
    """(B, L, D) -> (B, H, L, D // H); head h owns feature columns h*Dh:(h+1)*Dh."""
    b, length, d = x.shape
    if d % n_heads:
        raise ValueError(f"model dim {d} is not divisible by {n_heads} heads")
    # split the feature axis first, then move the head axis in front of the sequence axis
    return x.reshape(b, length, n_heads, d // n_heads).transpose(0, 2, 1, 3)


def merge_heads(x: np.ndarray) -> np.ndarray:
    """(B, H, L, Dh) -> (B, L, H * Dh), the inverse of split_heads."""
    b, h, length, dh = x.shape
    return x.transpose(0, 2, 1, 3).reshape(b, length, h * dh)


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
    q, k, v = (split_heads(x @ W, n_heads) for W in (Wq, Wk, Wv))
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(q.shape[-1])  # (B, H, L, L)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    w /= w.sum(axis=-1, keepdims=True)
    return merge_heads(w @ v) @ Wo
