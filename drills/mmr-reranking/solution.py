import numpy as np


def mmr_rerank(query: np.ndarray, docs: np.ndarray, k: int, lam: float = 0.5) -> list[int]:
    """Maximal marginal relevance selection of k documents.

    query: float (d,); docs: float (n, d); similarities are cosine (0 for a zero vector).
    Greedily pick argmax over unselected docs of lam * sim(q, doc) - (1 - lam) * max over selected s
    of sim(doc, s); the max term is 0 while nothing is selected. Ties -> lower index.
    Returns the selected indices in selection order, length min(k, n).
    Raises ValueError unless 0 <= lam <= 1 and k >= 0.
    """
    if not 0 <= lam <= 1 or k < 0:
        raise ValueError("need 0 <= lam <= 1 and k >= 0")
    D = np.asarray(docs, dtype=float)
    q = np.asarray(query, dtype=float)

    def unit(A):
        n = np.linalg.norm(A, axis=-1, keepdims=True)
        return np.divide(A, n, out=np.zeros_like(A), where=n > 0)

    Du = unit(D)
    relevance = Du @ unit(q)
    doc_sim = Du @ Du.T
    redundancy = np.zeros(len(D))               # max similarity to the selected set so far
    available = np.ones(len(D), dtype=bool)
    selected = []
    for step in range(min(k, len(D))):
        score = lam * relevance - (1 - lam) * (redundancy if step else 0.0)
        score = np.where(available, score, -np.inf)
        i = int(np.argmax(score))               # first maximum -> lower index on ties
        selected.append(i)
        available[i] = False
        redundancy = np.maximum(redundancy, doc_sim[i]) if step else doc_sim[i].copy()
    return selected
