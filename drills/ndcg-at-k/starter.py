import numpy as np


def ndcg_at_k(y_true: np.ndarray, y_score: np.ndarray, k: int, gain: str = "linear") -> float:
    """Mean NDCG@k over queries.

    y_true: non-negative graded relevance (n_queries, n_docs); y_score: model scores, same shape.
    Rank each query's documents by decreasing score (ties -> lower index first). With gain
    g(rel) = rel ("linear") or 2^rel - 1 ("exponential") and discount 1 / log2(rank + 1), rank 1-based:
    DCG@k = sum of the top-k discounted gains; IDCG@k = the same for the ideal order (relevances
    sorted decreasingly, over ALL documents of the query). NDCG = DCG / IDCG, and 0 when IDCG = 0.
    Returns the mean over queries. Raises ValueError if the shapes differ, k < 1 or gain is unknown.
    """
    raise NotImplementedError
