import numpy as np


def cosine_top_k(queries: np.ndarray, items: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-k retrieval by cosine similarity.

    queries: float (n_queries, d); items: float (n_items, d). Cosine similarity with a zero vector
    is defined as 0. Returns (indices int (n_queries, k'), scores float (n_queries, k')) with
    k' = min(k, n_items), each row sorted by decreasing score, ties -> lower item index.
    Raises ValueError if k < 1 or the dimensions differ.
    """
    Q = np.asarray(queries, dtype=float)
    X = np.asarray(items, dtype=float)
    if k < 1 or Q.shape[1] != X.shape[1]:
        raise ValueError("need k >= 1 and matching dimensions")

    def unit(A):
        norms = np.linalg.norm(A, axis=1, keepdims=True)
        return np.divide(A, norms, out=np.zeros_like(A), where=norms > 0)   # zero rows stay zero

    S = unit(Q) @ unit(X).T                                   # (n_queries, n_items)
    k = min(k, X.shape[0])
    idx = np.argsort(-S, axis=1, kind="stable")[:, :k]          # stable -> lower index wins ties
    return idx, np.take_along_axis(S, idx, axis=1)
