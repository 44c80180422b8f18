import numpy as np


def als_update(R: np.ndarray, mask: np.ndarray, fixed: np.ndarray, lam: float) -> np.ndarray:
    """Exact ridge solve for one side of the factorisation, the other side held fixed.

    R: float (n_rows, n_cols) ratings; mask: bool (n_rows, n_cols), True where observed; fixed:
    float (n_cols, rank). Row u's factor minimises sum_{i observed} (R[u, i] - x . fixed[i])^2
    + lam ||x||^2, i.e. x = (F_u^T F_u + lam I)^{-1} F_u^T r_u over the observed columns.
    A row with no observations gets the zero vector. Returns float (n_rows, rank). lam > 0.
    """
    raise NotImplementedError


def fit_als(
    R: np.ndarray, mask: np.ndarray, rank: int, lam: float, n_iters: int, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Alternating least squares for explicit-feedback matrix factorisation R ~ U V^T.

    Loss L = sum over observed (u, i) of (R[u, i] - U[u] . V[i])^2 + lam (||U||_F^2 + ||V||_F^2).
    Initialise V = rng.normal(0.0, 0.1, size=(n_items, rank)); each iteration solves U with V fixed,
    then V with U fixed (als_update). Returns (U (n_users, rank), V (n_items, rank),
    losses (n_iters,)) with losses[t] = L after iteration t. Raises ValueError if lam <= 0 or the
    shapes of R and mask differ.
    """
    raise NotImplementedError
