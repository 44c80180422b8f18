import numpy as np


def svm_objective(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, lam: float) -> float:
    """Primal soft-margin objective lam/2 * ||w||^2 + mean(max(0, 1 - y * (X w + b)))."""
    raise NotImplementedError


def svm_subgradient(w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    """A subgradient (g_w, g_b) of svm_objective. A sample contributes only if its margin is < 1
    (at margin exactly 1 take the zero subgradient). The bias is not regularised."""
    raise NotImplementedError


def fit_linear_svm(X: np.ndarray, y: np.ndarray, lam: float = 0.01, n_iters: int = 500) -> tuple[np.ndarray, float]:
    """Linear SVM by full-batch subgradient descent on svm_objective.

    X: float (n_samples, n_features); y: labels in {-1, +1} (n_samples,); lam > 0.
    Start from w = 0, b = 0; step t = 0..n_iters-1 uses step size 1 / (lam * (t + 1)).
    Returns the (w, b) with the lowest objective among the start point and all iterates (a
    subgradient step need not decrease the objective). Raises ValueError for labels other than
    -1/+1, lam <= 0, or mismatched lengths.
    """
    raise NotImplementedError
