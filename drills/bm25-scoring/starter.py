import numpy as np


def bm25_scores(query: list[str], docs: list[list[str]], k1: float = 1.5, b: float = 0.75) -> np.ndarray:
    """Okapi BM25 score of every document for a tokenised query.

    idf(t) = ln(1 + (N - df_t + 0.5) / (df_t + 0.5)) (Lucene's non-negative variant), N documents,
    df_t the number of documents containing t.
    score(d) = sum over query tokens t (a repeated query token counts each time) of
        idf(t) * tf(t, d) * (k1 + 1) / (tf(t, d) + k1 * (1 - b + b * |d| / avgdl)),
    |d| the document length in tokens, avgdl the mean length. Tokens absent from the corpus add 0.
    Returns float (N,); an empty corpus gives an empty array; if every document is empty, all 0.
    """
    raise NotImplementedError
