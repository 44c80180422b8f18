import numpy as np


def temperature_probs(logits: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(logits / T) for T > 0; one-hot on the first argmax for T == 0; ValueError for T < 0."""
    if temperature < 0:
        raise ValueError("temperature must be >= 0")
    if temperature == 0:
        p = np.zeros(len(logits))
        p[np.argmax(logits)] = 1.0  # argmax returns the first of tied maxima
        return p
    z = logits / temperature
    e = np.exp(z - z.max())
    return e / e.sum()


def _inverse_cdf(p: np.ndarray, u: float) -> int:
    i = int(np.searchsorted(np.cumsum(p), u, side="right"))
    if i >= len(p):  # u beyond a total that rounded below 1
        i = int(np.flatnonzero(p > 0)[-1])
    return i


def sample_token(logits: np.ndarray, temperature: float, rng: np.random.Generator) -> int:
    """Greedy for T == 0 (rng untouched); otherwise inverse-CDF sampling with one rng.random() draw."""
    if temperature == 0:
        return int(np.argmax(logits))
    return _inverse_cdf(temperature_probs(logits, temperature), rng.random())
