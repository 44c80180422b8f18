import numpy as np


def build_attention_mask(
    lengths: np.ndarray, max_len: int, causal: bool = True, padding_side: str = "right"
) -> np.ndarray:
    """Bool (B, max_len, max_len): True where query i may attend key j (key is real, and j <= i if causal)."""
    lengths = np.asarray(lengths)
    if np.any(lengths < 0) or np.any(lengths > max_len):
        raise ValueError("lengths must be in [0, max_len]")
    pos = np.arange(max_len)
    if padding_side == "right":
        key_real = pos[None, :] < lengths[:, None]
    elif padding_side == "left":
        key_real = pos[None, :] >= (max_len - lengths)[:, None]
    else:
        raise ValueError(f"unknown padding_side {padding_side!r}")
    mask = np.broadcast_to(key_real[:, None, :], (len(lengths), max_len, max_len))
    if causal:
        mask = mask & (pos[None, :] <= pos[:, None])[None]  # key j visible from query i iff j <= i
    return mask.copy()
