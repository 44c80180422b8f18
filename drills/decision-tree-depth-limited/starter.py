import numpy as np


def fit_tree(X: np.ndarray, y: np.ndarray, max_depth: int, min_samples_split: int = 2) -> dict:
    """Grow a CART classification tree with Gini impurity, greedily, depth-first.

    X: float (n_samples, n_features); y: int labels >= 0 (n_samples,).
    A node becomes a leaf when its depth == max_depth (root has depth 0), it holds fewer than
    min_samples_split samples, it is pure, or all its features are constant. Otherwise it takes the
    best split (see a Gini split finder: thresholds at midpoints, x <= t goes left, ties -> lowest
    feature then smallest threshold), even if that split does not lower the impurity.
    Returns nested dicts: internal {"feature": int, "threshold": float, "left": node, "right": node},
    leaf {"label": int} (majority label, ties -> smallest). Raises ValueError on empty input.
    """
    raise NotImplementedError


def predict_tree(tree: dict, X: np.ndarray) -> np.ndarray:
    """Label of the leaf each row of X (n_samples, n_features) falls into, int array (n_samples,)."""
    raise NotImplementedError
