import numpy as np


def gini(y: np.ndarray) -> float:
    """Gini impurity 1 - sum_c p_c^2 of integer labels y (n,); 0.0 for an empty array."""
    y = np.asarray(y)
    if len(y) == 0:
        return 0.0
    p = np.bincount(y) / len(y)
    return float(1.0 - p @ p)


def best_split(X: np.ndarray, y: np.ndarray) -> tuple[int, float, float]:
    """Best axis-aligned split of (X, y) by weighted Gini impurity.

    X: float (n_samples, n_features); y: int labels >= 0 (n_samples,).
    A split (j, t) sends rows with X[:, j] <= t left, the rest right; candidate thresholds are
    midpoints between consecutive distinct sorted values of a feature.
    Returns (feature, threshold, impurity) where impurity = (n_L * G_L + n_R * G_R) / n.
    Ties: lowest impurity, then lowest feature index, then smallest threshold.
    If no split exists (every feature constant, or n < 2), returns (-1, nan, gini(y)).
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n, d = X.shape
    K = int(y.max()) + 1 if n else 1
    best = (-1, float("nan"), gini(y))
    best_imp = np.inf
    onehot = np.eye(K)[y]
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs = X[order, j]
        left = np.cumsum(onehot[order], axis=0)[:-1]      # class counts left of cut i (i+1 rows)
        right = left[-1:] + onehot[order][-1] - left if n > 1 else left
        n_l = np.arange(1, n)[:, None]
        n_r = n - n_l
        g_l = 1.0 - ((left / n_l) ** 2).sum(1)
        g_r = 1.0 - ((right / n_r) ** 2).sum(1)
        imp = (n_l[:, 0] * g_l + n_r[:, 0] * g_r) / n
        valid = xs[1:] > xs[:-1]                           # cut only between distinct values
        if not valid.any():
            continue
        imp = np.where(valid, imp, np.inf)
        i = int(np.argmin(imp))                            # first minimum = smallest threshold
        if imp[i] < best_imp:                              # strict: earlier feature wins ties
            best_imp = imp[i]
            best = (j, float((xs[i] + xs[i + 1]) / 2), float(imp[i]))
    return best
