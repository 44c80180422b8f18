import numpy as np


def top_p_probs(logits: np.ndarray, p: float, temperature: float = 1.0) -> np.ndarray:
    """Keep the smallest prefix (by decreasing prob, ties lower index first) with mass >= p; renormalise."""
    if not 0.0 < p <= 1.0 or temperature <= 0:
        raise ValueError("need 0 < p <= 1 and temperature > 0")
    z = logits / temperature
    q = np.exp(z - z.max())
    q /= q.sum()
    order = np.argsort(-q, kind="stable")
    mass_before = np.cumsum(q[order]) - q[order]  # probability strictly before each sorted token
    keep = order[mass_before < p]  # the top token always has mass_before == 0
    out = np.zeros_like(q)
    out[keep] = q[keep] / q[keep].sum()
    return out


def top_p_sample(logits: np.ndarray, p: float, rng: np.random.Generator, temperature: float = 1.0) -> int:
    """Inverse-CDF sample from top_p_probs with exactly one rng.random() draw."""
    probs = top_p_probs(logits, p, temperature)
    i = int(np.searchsorted(np.cumsum(probs), rng.random(), side="right"))
    if i >= len(probs):
        i = int(np.flatnonzero(probs > 0)[-1])
    return i
