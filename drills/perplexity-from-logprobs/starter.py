import numpy as np


def corpus_perplexity(logprobs: np.ndarray, mask: np.ndarray) -> float:
    """exp(-mean log p over all real tokens of the batch); ValueError on no tokens or positive log p."""
    raise NotImplementedError


def sequence_perplexities(logprobs: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Per-sequence perplexity (B,); nan for a sequence without real tokens."""
    raise NotImplementedError
