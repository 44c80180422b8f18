import numpy as np


def mmr_rerank(query: np.ndarray, docs: np.ndarray, k: int, lam: float = 0.5) -> list[int]:
    """Maximal marginal relevance selection of k documents.

    query: float (d,); docs: float (n, d); similarities are cosine (0 for a zero vector).
    Greedily pick argmax over unselected docs of lam * sim(q, doc) - (1 - lam) * max over selected s
    of sim(doc, s); the max term is 0 while nothing is selected. Ties -> lower index.
    Returns the selected indices in selection order, length min(k, n).
    Raises ValueError unless 0 <= lam <= 1 and k >= 0.
    """
    raise NotImplementedError
