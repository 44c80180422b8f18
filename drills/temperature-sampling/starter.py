import numpy as np


def temperature_probs(logits: np.ndarray, temperature: float) -> np.ndarray:
    """softmax(logits / T) for T > 0; one-hot on the first argmax for T == 0; ValueError for T < 0."""
    raise NotImplementedError


def sample_token(logits: np.ndarray, temperature: float, rng: np.random.Generator) -> int:
    """Greedy for T == 0 (rng untouched); otherwise inverse-CDF sampling with one rng.random() draw."""
    raise NotImplementedError
