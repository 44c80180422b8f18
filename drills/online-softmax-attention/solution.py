import numpy as np


def online_softmax_update(
    m: np.ndarray, l: np.ndarray, acc: np.ndarray, s_block: np.ndarray, v_block: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Fold one key block into the running (max, normaliser, unnormalised output) state."""
    m_new = np.maximum(m, s_block.max(axis=1))
    # rows still at -inf (nothing valid seen yet): use 0 as the shift so exp gives 0, not nan
    safe = np.where(np.isneginf(m_new), 0.0, m_new)
    alpha = np.exp(m - safe)  # rescales the old state; exp(-inf) = 0 on the first valid block
    p = np.exp(s_block - safe[:, None])
    return m_new, l * alpha + p.sum(axis=1), acc * alpha[:, None] + p @ v_block


def tiled_attention(
    q: np.ndarray,
    k: np.ndarray,
    v: np.ndarray,
    block_size: int,
    causal: bool = False,
    key_mask: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Attention softmax(q k^T / sqrt(d)) v computed block by block over keys. Returns (out, lse)."""
    lq, d = q.shape
    lk = k.shape[0]
    m = np.full(lq, -np.inf)
    l = np.zeros(lq)
    acc = np.zeros((lq, v.shape[1]))
    rows = np.arange(lq)[:, None]
    for start in range(0, lk, block_size):
        stop = min(start + block_size, lk)
        s = q @ k[start:stop].T / np.sqrt(d)  # only an (Lq, B) block exists at a time
        cols = np.arange(start, stop)[None, :]
        valid = np.ones(s.shape, dtype=bool)
        if causal:
            valid &= cols <= rows
        if key_mask is not None:
            valid &= key_mask[start:stop][None, :]
        s = np.where(valid, s, -np.inf)
        m, l, acc = online_softmax_update(m, l, acc, s, v[start:stop])
    return acc / l[:, None], m + np.log(l)


def merge_partials(
    o1: np.ndarray, lse1: np.ndarray, o2: np.ndarray, lse2: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Combine normalised attention outputs over two disjoint key sets into (o, lse) over their union."""
    lse = np.logaddexp(lse1, lse2)
    # each part's share of the total softmax mass is exp(lse_part - lse)
    return np.exp(lse1 - lse)[:, None] * o1 + np.exp(lse2 - lse)[:, None] * o2, lse
