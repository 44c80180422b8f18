import numpy as np


def _masked_nll(logprobs: np.ndarray, mask: np.ndarray) -> np.ndarray:
    if logprobs.shape != mask.shape:
        raise ValueError("logprobs and mask must have the same shape")
    lp = np.where(mask, logprobs, 0.0)  # padding values (even nan) never reach the sums
    if np.any(lp > 0):
        raise ValueError("log-probabilities must be <= 0")
    return -lp


def corpus_perplexity(logprobs: np.ndarray, mask: np.ndarray) -> float:
    """exp(-mean log p over all real tokens of the batch); ValueError on no tokens or positive log p."""
    nll = _masked_nll(logprobs, mask)
    n = int(mask.sum())
    if n == 0:
        raise ValueError("no real tokens")
    return float(np.exp(nll.sum() / n))  # token-weighted: long sequences count more


def sequence_perplexities(logprobs: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Per-sequence perplexity (B,); nan for a sequence without real tokens."""
    nll = _masked_nll(logprobs, mask)
    counts = mask.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = nll.sum(axis=1) / counts
    return np.where(counts > 0, np.exp(mean), np.nan)
