import numpy as np


def top_p_probs(logits: np.ndarray, p: float, temperature: float = 1.0) -> np.ndarray:
    """Keep the smallest prefix (by decreasing prob, ties lower index first) with mass >= p; renormalise."""
    raise NotImplementedError


def top_p_sample(logits: np.ndarray, p: float, rng: np.random.Generator, temperature: float = 1.0) -> int:
    """Inverse-CDF sample from top_p_probs with exactly one rng.random() draw."""
    raise NotImplementedError
