import numpy as np


def top_k_probs(logits: np.ndarray, k: int, temperature: float = 1.0) -> np.ndarray:
    """softmax(logits / T) over the k largest logits (ties: lower index first), zeros elsewhere."""
    raise NotImplementedError


def top_k_sample(logits: np.ndarray, k: int, rng: np.random.Generator, temperature: float = 1.0) -> int:
    """Inverse-CDF sample from top_k_probs with exactly one rng.random() draw."""
    raise NotImplementedError
