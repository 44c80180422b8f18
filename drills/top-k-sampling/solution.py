import numpy as np


def top_k_probs(logits: np.ndarray, k: int, temperature: float = 1.0) -> np.ndarray:
    """softmax(logits / T) over the k largest logits (ties: lower index first), zeros elsewhere."""
    if k < 1 or temperature <= 0:
        raise ValueError("k must be >= 1 and temperature > 0")
    keep = np.argsort(-logits, kind="stable")[: min(k, len(logits))]  # stable: ties keep lower indices
    z = logits[keep] / temperature
    e = np.exp(z - z.max())
    p = np.zeros(len(logits))
    p[keep] = e / e.sum()
    return p


def top_k_sample(logits: np.ndarray, k: int, rng: np.random.Generator, temperature: float = 1.0) -> int:
    """Inverse-CDF sample from top_k_probs with exactly one rng.random() draw."""
    p = top_k_probs(logits, k, temperature)
    i = int(np.searchsorted(np.cumsum(p), rng.random(), side="right"))
    if i >= len(p):
        i = int(np.flatnonzero(p > 0)[-1])
    return i
