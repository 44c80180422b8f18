import numpy as np


def residual_distribution(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """Normalised max(p - q, 0); a copy of p if that is all zero."""
    r = np.maximum(p - q, 0.0)
    total = r.sum()
    return r / total if total > 0 else np.array(p, dtype=np.float64)


def _inverse_cdf(probs: np.ndarray, u: float) -> int:
    i = int(np.searchsorted(np.cumsum(probs), u, side="right"))
    if i >= len(probs):
        i = int(np.flatnonzero(probs > 0)[-1])
    return i


def speculative_step(
    target_probs: np.ndarray, draft_probs: np.ndarray, draft_tokens: np.ndarray, rng: np.random.Generator
) -> list[int]:
    """Accept draft token i if u < p_i(x)/q_i(x) (one rng.random() each); on the first rejection
    resample from the residual (one more draw) and stop; if all accepted, sample a bonus token from
    target_probs[K]. Returns the emitted token ids.
    """
    out: list[int] = []
    for i, x in enumerate(draft_tokens):
        p_i, q_i = target_probs[i], draft_probs[i]
        if rng.random() < p_i[x] / q_i[x]:  # accepts with probability min(1, p/q)
            out.append(int(x))
            continue
        # rejected: the residual supplies exactly the mass the draft under-proposed
        out.append(_inverse_cdf(residual_distribution(p_i, q_i), rng.random()))
        return out
    out.append(_inverse_cdf(target_probs[len(draft_tokens)], rng.random()))
    return out
