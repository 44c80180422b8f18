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
    rel = np.atleast_2d(np.asarray(y_true, dtype=float))
    score = np.atleast_2d(np.asarray(y_score, dtype=float))
    if rel.shape != score.shape or k < 1 or gain not in ("linear", "exponential"):
        raise ValueError("shapes must match, k >= 1, gain 'linear' or 'exponential'")
    g = rel if gain == "linear" else 2.0 ** rel - 1.0
    k = min(k, rel.shape[1])
    discount = 1.0 / np.log2(np.arange(2, k + 2))                 # ranks 1..k
    order = np.argsort(-score, axis=1, kind="stable")[:, :k]
    dcg = np.take_along_axis(g, order, axis=1) @ discount
    ideal = -np.sort(-g, axis=1)[:, :k]                            # best possible top-k gains
    idcg = ideal @ discount
    ndcg = np.divide(dcg, idcg, out=np.zeros_like(dcg), where=idcg > 0)
    return float(ndcg.mean())
