import numpy as np


def apply_repetition_penalty(logits: np.ndarray, context_ids: np.ndarray, penalty: float) -> np.ndarray:
    """For each distinct id in context: logit / penalty if logit > 0 else logit * penalty. New array."""
    if penalty <= 0:
        raise ValueError("penalty must be positive")
    out = np.array(logits, dtype=np.float64)
    ids = np.unique(context_ids)  # each id penalised once, whatever its count
    seen = out[ids]
    # dividing a negative logit would raise it, so negative ones are multiplied instead
    out[ids] = np.where(seen > 0, seen / penalty, seen * penalty)
    return out


def apply_presence_frequency_penalty(
    logits: np.ndarray, context_ids: np.ndarray, presence: float, frequency: float
) -> np.ndarray:
    """logit - frequency * count - presence * (count > 0), counts over context_ids. New array."""
    counts = np.bincount(np.asarray(context_ids, dtype=np.int64), minlength=len(logits))
    return logits - frequency * counts - presence * (counts > 0)
