import numpy as np


def apply_repetition_penalty(logits: np.ndarray, context_ids: np.ndarray, penalty: float) -> np.ndarray:
    """For each distinct id in context: logit / penalty if logit > 0 else logit * penalty. New array."""
    raise NotImplementedError


def apply_presence_frequency_penalty(
    logits: np.ndarray, context_ids: np.ndarray, presence: float, frequency: float
) -> np.ndarray:
    """logit - frequency * count - presence * (count > 0), counts over context_ids. New array."""
    raise NotImplementedError
