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
    if n_heads % n_kv_heads:
        raise ValueError("n_heads must be a multiple of n_kv_heads")
    b, length, _ = x.shape
    dh = Wq.shape[1] // n_heads
    if Wq.shape[1] != n_heads * dh or Wk.shape[1] != n_kv_heads * dh or Wv.shape[1] != n_kv_heads * dh:
        raise ValueError("projection widths do not match the head counts")
    g = n_heads // n_kv_heads
    # queries: (B, L, H*Dh) -> (B, Hkv, g, L, Dh); consecutive query heads fall in one group
    q = (x @ Wq).reshape(b, length, n_kv_heads, g, dh).transpose(0, 2, 3, 1, 4)
    k = (x @ Wk).reshape(b, length, n_kv_heads, dh).transpose(0, 2, 1, 3)[:, :, None]  # (B, Hkv, 1, L, Dh)
    v = (x @ Wv).reshape(b, length, n_kv_heads, dh).transpose(0, 2, 1, 3)[:, :, None]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(dh)  # broadcast shares K over the group
    if causal:
        scores = np.where(np.tril(np.ones((length, length), dtype=bool)), scores, -np.inf)
    scores -= scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    w /= w.sum(axis=-1, keepdims=True)
    out = w @ v  # (B, Hkv, g, L, Dh)
    return out.transpose(0, 3, 1, 2, 4).reshape(b, length, n_heads * dh) @ Wo
