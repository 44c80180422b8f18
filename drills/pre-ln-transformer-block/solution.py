import numpy as np


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return g * (x - mu) / np.sqrt(var + eps) + b


def _gelu(u: np.ndarray) -> np.ndarray:
    return 0.5 * u * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (u + 0.044715 * u**3)))


def _causal_mha(x: np.ndarray, p: dict, n_heads: int) -> np.ndarray:
    b, length, d = x.shape
    dh = d // n_heads

    def heads(t: np.ndarray) -> np.ndarray:  # (B, L, D) -> (B, H, L, Dh)
        return t.reshape(b, length, n_heads, dh).transpose(0, 2, 1, 3)

    q, k, v = heads(x @ p["Wq"]), heads(x @ p["Wk"]), heads(x @ p["Wv"])
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(dh)
    scores = np.where(np.tril(np.ones((length, length), dtype=bool)), scores, -np.inf)
    scores -= scores.max(axis=-1, keepdims=True)
    w = np.exp(scores)
    w /= w.sum(axis=-1, keepdims=True)
    out = (w @ v).transpose(0, 2, 1, 3).reshape(b, length, d)
    return out @ p["Wo"]


def transformer_block(x: np.ndarray, params: dict, n_heads: int, eps: float = 1e-5) -> np.ndarray:
    """Pre-LN decoder block: h = x + MHA(LN1(x)) (causal), y = h + MLP(LN2(h)) with tanh-GELU. (B, L, D)."""
    p = params
    # the residual stream itself is never normalised: each branch reads a normalised copy
    h = x + _causal_mha(_layer_norm(x, p["ln1_g"], p["ln1_b"], eps), p, n_heads)
    u = _layer_norm(h, p["ln2_g"], p["ln2_b"], eps)
    return h + _gelu(u @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"]
