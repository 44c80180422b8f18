import numpy as np


def residual_distribution(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """Normalised max(p - q, 0); a copy of p if that is all zero."""
    raise NotImplementedError


def speculative_step(
    target_probs: np.ndarray, draft_probs: np.ndarray, draft_tokens: np.ndarray, rng: np.random.Generator
) -> list[int]:
    """Accept draft token i if u < p_i(x)/q_i(x) (one rng.random() each); on the first rejection
    resample from the residual (one more draw) and stop; if all accepted, sample a bonus token from
    target_probs[K]. Returns the emitted token ids.
    """
    raise NotImplementedError
