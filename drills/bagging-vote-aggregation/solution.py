import numpy as np


def soft_vote(probas: np.ndarray) -> np.ndarray:
    """Average the class probabilities of the estimators and take the arg-max.

    probas: float (n_estimators, n_samples, n_classes). Returns int (n_samples,);
    ties -> smallest class index. Raises ValueError if n_estimators == 0.
    """
    probas = np.asarray(probas, dtype=float)
    if probas.shape[0] == 0:
        raise ValueError("need at least one estimator")
    return probas.mean(axis=0).argmax(axis=1)


def hard_vote(predictions: np.ndarray, n_classes: int) -> np.ndarray:
    """Majority vote over the estimators' predicted labels.

    predictions: int (n_estimators, n_samples) with values in [0, n_classes).
    Returns int (n_samples,); ties -> smallest label. Raises ValueError if n_estimators == 0.
    """
    predictions = np.asarray(predictions)
    if predictions.shape[0] == 0:
        raise ValueError("need at least one estimator")
    n_est, n = predictions.shape
    counts = np.zeros((n, n_classes), dtype=int)
    np.add.at(counts, (np.broadcast_to(np.arange(n), (n_est, n)), predictions), 1)
    return counts.argmax(axis=1)


def oob_mask(bootstrap_indices: np.ndarray, n_samples: int) -> np.ndarray:
    """Out-of-bag mask: True where sample i was NOT drawn into estimator e's bootstrap sample.

    bootstrap_indices: int (n_estimators, n_draws) with values in [0, n_samples).
    Returns bool (n_estimators, n_samples).
    """
    bootstrap_indices = np.asarray(bootstrap_indices)
    in_bag = np.zeros((bootstrap_indices.shape[0], n_samples), dtype=bool)
    rows = np.arange(bootstrap_indices.shape[0])[:, None]
    in_bag[rows, bootstrap_indices] = True               # duplicates simply set True twice
    return ~in_bag
