import numpy as np


def svm_objective(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, lam: float) -> float:
    """Primal soft-margin objective lam/2 * ||w||^2 + mean(max(0, 1 - y * (X w + b)))."""
    margins = y * (X @ w + b)
    return float(0.5 * lam * w @ w + np.maximum(0.0, 1.0 - margins).mean())


def svm_subgradient(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    """A subgradient (g_w, g_b) of svm_objective. A sample contributes only if its margin is < 1
    (at margin exactly 1 take the zero subgradient). The bias is not regularised."""
    n = len(y)
    active = y * (X @ w + b) < 1.0
    g_w = lam * w - (y[active, None] * X[active]).sum(axis=0) / n
    g_b = -y[active].sum() / n
    return g_w, float(g_b)


def fit_linear_svm(X: np.ndarray, y: np.ndarray, lam: float = 0.01, n_iters: int = 500) -> tuple[np.ndarray, float]:
    """Linear SVM by full-batch subgradient descent on svm_objective.

    X: float (n_samples, n_features); y: labels in {-1, +1} (n_samples,); lam > 0.
    Start from w = 0, b = 0; step t = 0..n_iters-1 uses step size 1 / (lam * (t + 1)).
    Returns the (w, b) with the lowest objective among the start point and all iterates (a
    subgradient step need not decrease the objective). Raises ValueError for labels other than
    -1/+1, lam <= 0, or mismatched lengths.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if lam <= 0:
        raise ValueError("lam must be positive")
    if len(X) != len(y) or len(y) == 0 or not np.isin(y, (-1.0, 1.0)).all():
        raise ValueError("y must hold -1/+1 labels, one per row of X")
    w, b = np.zeros(X.shape[1]), 0.0
    best_w, best_b, best_obj = w.copy(), b, svm_objective(w, b, X, y, lam)
    for t in range(n_iters):
        g_w, g_b = svm_subgradient(w, b, X, y, lam)
        eta = 1.0 / (lam * (t + 1))
        w, b = w - eta * g_w, b - eta * g_b
        obj = svm_objective(w, b, X, y, lam)
        if obj < best_obj:
            best_w, best_b, best_obj = w.copy(), b, obj
    return best_w, float(best_b)
