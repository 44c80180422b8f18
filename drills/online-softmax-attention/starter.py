import numpy as np


def online_softmax_update(
    m: np.ndarray, l: np.ndarray, acc: np.ndarray, s_block: np.ndarray, v_block: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Fold one key block into the running (max, normaliser, unnormalised output) state."""
    raise NotImplementedError


def tiled_attention(
    q: np.ndarray,
    k: np.ndarray,
    v: np.ndarray,
    block_size: int,
    causal: bool = False,
    key_mask: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Attention softmax(q k^T / sqrt(d)) v computed block by block over keys. Returns (out, lse)."""
    raise NotImplementedError


def merge_partials(
    o1: np.ndarray, lse1: np.ndarray, o2: np.ndarray, lse2: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Combine normalised attention outputs over two disjoint key sets into (o, lse) over their union."""
    raise NotImplementedError
