import numpy as np


def soft_vote(probas: np.ndarray) -> np.ndarray:
    """Average the class probabilities of the estimators and take the arg-max.

    probas: float (n_estimators, n_samples, n_classes). Returns int (n_samples,);
    ties -> smallest class index. Raises ValueError if n_estimators == 0.
    """
    raise NotImplementedError


def hard_vote(predictions: np.ndarray, n_classes: int) -> np.ndarray:
    """Majority vote over the estimators' predicted labels.

    predictions: int (n_estimators, n_samples) with values in [0, n_classes).
    Returns int (n_samples,); ties -> smallest label. Raises ValueError if n_estimators == 0.
    """
    raise NotImplementedError


def oob_mask(bootstrap_indices: np.ndarray, n_samples: int) -> np.ndarray:
    """Out-of-bag mask: True where sample i was NOT drawn into estimator e's bootstrap sample.

    bootstrap_indices: int (n_estimators, n_draws) with values in [0, n_samples).
    Returns bool (n_estimators, n_samples).
    """
    raise NotImplementedError
