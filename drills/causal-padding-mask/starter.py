import numpy as np


def build_attention_mask(
    lengths: np.ndarray, max_len: int, causal: bool = True, padding_side: str = "right"
) -> np.ndarray:
    """Bool (B, max_len, max_len): True where query i may attend key j (key is real, and j <= i if causal)."""
    raise NotImplementedError
