import numpy as np


def transformer_block(x: np.ndarray, params: dict, n_heads: int, eps: float = 1e-5) -> np.ndarray:
    """Pre-LN decoder block: h = x + MHA(LN1(x)) (causal), y = h + MLP(LN2(h)) with tanh-GELU. (B, L, D)."""
    raise NotImplementedError
