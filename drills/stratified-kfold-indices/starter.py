import numpy as np


def stratified_kfold(y: np.ndarray, n_splits: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Deterministic stratified k-fold split.

    Order the sample indices by class (classes sorted ascending, indices ascending within a class)
    and deal them to the folds in turn: the j-th index of that order goes to fold j % n_splits.
    Every class is then spread as evenly as possible (counts per fold differ by at most 1) and the
    fold sizes differ by at most 1.
    y: labels (n,). Returns n_splits pairs (train_idx, test_idx) of sorted int arrays, test folds
    in fold order. Raises ValueError unless 2 <= n_splits <= n.
    """
    raise NotImplementedError
