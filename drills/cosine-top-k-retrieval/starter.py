import numpy as np


def cosine_top_k(queries: np.ndarray, items: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Exact top-k retrieval by cosine similarity.

    queries: float (n_queries, d); items: float (n_items, d). Cosine similarity with a zero vector
    is defined as 0. Returns (indices int (n_queries, k'), scores float (n_queries, k')) with
    k' = min(k, n_items), each row sorted by decreasing score, ties -> lower item index.
    Raises ValueError if k < 1 or the dimensions differ.
    """
    raise NotImplementedError
