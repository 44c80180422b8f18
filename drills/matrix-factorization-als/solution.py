import numpy as np


def als_update(R: np.ndarray, mask: np.ndarray, fixed: np.ndarray, lam: float) -> np.ndarray:
    """Exact ridge solve for one side of the factorisation, the other side held fixed.

    R: float (n_rows, n_cols) ratings; mask: bool (n_rows, n_cols), True where observed; fixed:
    float (n_cols, rank). Row u's factor minimises sum_{i observed} (R[u, i] - x . fixed[i])^2
    + lam ||x||^2, i.e. x = (F_u^T F_u + lam I)^{-1} F_u^T r_u over the observed columns.
    A row with no observations gets the zero vector. Returns float (n_rows, rank). lam > 0.
    """
    m = np.asarray(mask, dtype=float)
    k = fixed.shape[1]
    # Batched normal equations for all rows at once: A_u = sum_i m_ui f_i f_i^T + lam I.
    A = np.einsum("ui,ik,il->ukl", m, fixed, fixed) + lam * np.eye(k)
    rhs = (m * R) @ fixed
    return np.linalg.solve(A, rhs[..., None])[..., 0]


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
    R = np.asarray(R, dtype=float)
    mask = np.asarray(mask, dtype=bool)
    if R.shape != mask.shape or lam <= 0:
        raise ValueError("R and mask must have the same shape, and lam > 0")
    V = rng.normal(0.0, 0.1, size=(R.shape[1], rank))
    losses = np.empty(n_iters)
    for t in range(n_iters):
        U = als_update(R, mask, V, lam)
        V = als_update(R.T, mask.T, U, lam)        # same solve with users and items swapped
        err = np.where(mask, R - U @ V.T, 0.0)
        losses[t] = (err ** 2).sum() + lam * ((U ** 2).sum() + (V ** 2).sum())
    return U, V, losses
