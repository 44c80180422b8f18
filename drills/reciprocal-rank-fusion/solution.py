from collections import defaultdict
from typing import Hashable


def reciprocal_rank_fusion(rankings: list[list[Hashable]], k: int = 60, top_n: int | None = None) -> list[tuple[Hashable, float]]:
    """Fuse several ranked lists with reciprocal rank fusion.

    score(d) = sum over lists containing d of 1 / (k + rank_d), rank 1-based; if a list contains d
    more than once only its first position counts. Returns (id, score) pairs sorted by decreasing
    score, ties -> ascending id (ids must be mutually comparable), truncated to top_n if given.
    Raises ValueError if k < 0.
    """
    if k < 0:
        raise ValueError("k must be non-negative")
    scores = defaultdict(float)
    for ranking in rankings:
        seen = set()
        for rank, doc in enumerate(ranking, start=1):
            if doc in seen:
                continue
            seen.add(doc)
            scores[doc] += 1.0 / (k + rank)       # k damps the weight of the very top ranks
    fused = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return fused if top_n is None else fused[:top_n]
