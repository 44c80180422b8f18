import numpy as np


def forward_full(tokens: list[int], params: dict) -> np.ndarray:
    """Logits (T, V) of the toy one-layer decoder, recomputed from scratch (causal attention)."""
    raise NotImplementedError


def empty_cache(params: dict) -> dict:
    """{"k": (0, D) zeros, "v": (0, D) zeros}."""
    raise NotImplementedError


def decode_step(token: int, cache: dict, params: dict) -> tuple[np.ndarray, dict]:
    """Process one token at position len(cache["k"]); returns (logits (V,), cache with its k, v appended)."""
    raise NotImplementedError


def generate_greedy(prompt: list[int], n_new: int, params: dict, use_cache: bool = True) -> list[int]:
    """Greedy decoding of n_new tokens after prompt; identical output with and without the cache."""
    raise NotImplementedError
