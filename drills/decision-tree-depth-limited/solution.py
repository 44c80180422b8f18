import numpy as np


def _best_split(X, y, n_classes):
    """(feature, threshold) minimising weighted Gini; ties -> lowest feature, smallest threshold."""
    n, d = X.shape
    onehot = np.eye(n_classes)[y]
    best, best_imp = None, np.inf
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]
        right = onehot.sum(0) - left
        n_l = np.arange(1, n)[:, None]
        imp = (n_l * (1 - ((left / n_l) ** 2).sum(1, keepdims=True))
               + (n - n_l) * (1 - ((right / (n - n_l)) ** 2).sum(1, keepdims=True)))[:, 0]
        imp = np.where(xs[1:] > xs[:-1], imp, np.inf)     # only cut between distinct values
        i = int(np.argmin(imp))
        if imp[i] < best_imp:
            best_imp, best = imp[i], (j, (xs[i] + xs[i + 1]) / 2)
    return best


def _build(X, y, depth, max_depth, min_samples_split, n_classes):
    counts = np.bincount(y, minlength=n_classes)
    leaf = {"label": int(np.argmax(counts))}             # majority; ties -> smallest label
    if depth >= max_depth or len(y) < min_samples_split or counts.max() == len(y):
        return leaf
    split = _best_split(X, y, n_classes)
    if split is None:                                     # every feature constant here
        return leaf
    j, t = split
    go_left = X[:, j] <= t
    # Split even when the impurity does not drop (e.g. XOR): the next level may need it.
    return {
        "feature": j,
        "threshold": float(t),
        "left": _build(X[go_left], y[go_left], depth + 1, max_depth, min_samples_split, n_classes),
        "right": _build(X[~go_left], y[~go_left], depth + 1, max_depth, min_samples_split, n_classes),
    }


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
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if len(y) == 0 or len(X) != len(y):
        raise ValueError("need a non-empty X and y of the same length")
    return _build(X, y, 0, max_depth, min_samples_split, int(y.max()) + 1)


def predict_tree(tree: dict, X: np.ndarray) -> np.ndarray:
    """Label of the leaf each row of X (n_samples, n_features) falls into, int array (n_samples,)."""
    X = np.asarray(X, dtype=float)
    out = np.empty(len(X), dtype=int)
    stack = [(tree, np.arange(len(X)))]                  # route whole index sets, not single rows
    while stack:
        node, idx = stack.pop()
        if "label" in node:
            out[idx] = node["label"]
            continue
        left = X[idx, node["feature"]] <= node["threshold"]
        stack.append((node["left"], idx[left]))
        stack.append((node["right"], idx[~left]))
    return out
