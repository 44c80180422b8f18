import numpy as np


def _embed(tokens, positions, params):
    if np.max(positions) >= params["P"].shape[0]:
        raise ValueError("sequence longer than max_len")
    return params["E"][tokens] + params["P"][positions]


def _softmax_rows(s: np.ndarray) -> np.ndarray:
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def forward_full(tokens: list[int], params: dict) -> np.ndarray:
    """Logits (T, V) of the toy one-layer decoder, recomputed from scratch (causal attention)."""
    t = len(tokens)
    x = _embed(np.asarray(tokens), np.arange(t), params)
    q, k, v = x @ params["Wq"], x @ params["Wk"], x @ params["Wv"]
    s = q @ k.T / np.sqrt(x.shape[1])
    s = np.where(np.tril(np.ones((t, t), dtype=bool)), s, -np.inf)
    h = x + _softmax_rows(s) @ v @ params["Wo"]
    return h @ params["U"]


def empty_cache(params: dict) -> dict:
    """{"k": (0, D) zeros, "v": (0, D) zeros}."""
    d = params["E"].shape[1]
    return {"k": np.zeros((0, d)), "v": np.zeros((0, d))}


def decode_step(token: int, cache: dict, params: dict) -> tuple[np.ndarray, dict]:
    """Process one token at position len(cache["k"]); returns (logits (V,), cache with its k, v appended)."""
    pos = cache["k"].shape[0]  # the new token's position is the number of cached ones
    x = _embed(np.array([token]), np.array([pos]), params)  # (1, D)
    k = np.vstack([cache["k"], x @ params["Wk"]])  # append first: the token attends to itself
    v = np.vstack([cache["v"], x @ params["Wv"]])
    s = (x @ params["Wq"]) @ k.T / np.sqrt(x.shape[1])  # (1, pos + 1); no mask needed
    h = x + _softmax_rows(s) @ v @ params["Wo"]
    return (h @ params["U"])[0], {"k": k, "v": v}


def generate_greedy(prompt: list[int], n_new: int, params: dict, use_cache: bool = True) -> list[int]:
    """Greedy decoding of n_new tokens after prompt; identical output with and without the cache."""
    seq = list(prompt)
    out: list[int] = []
    if use_cache:
        cache = empty_cache(params)
        for tok in seq:  # prefill, one position at a time
            logits, cache = decode_step(tok, cache, params)
        for _ in range(n_new):
            nxt = int(np.argmax(logits))
            out.append(nxt)
            if len(out) < n_new:
                logits, cache = decode_step(nxt, cache, params)
    else:
        for _ in range(n_new):
            nxt = int(np.argmax(forward_full(seq, params)[-1]))
            out.append(nxt)
            seq.append(nxt)
    return out
