from typing import Hashable


def reciprocal_rank_fusion(rankings: list[list[Hashable]], k: int = 60, top_n: int | None = None) -> list[tuple[Hashable, float]]:
    """Fuse several ranked lists with reciprocal rank fusion.

    score(d) = sum over lists containing d of 1 / (k + rank_d), rank 1-based; if a list contains d
    more than once only its first position counts. Returns (id, score) pairs sorted by decreasing
    score, ties -> ascending id (ids must be mutually comparable), truncated to top_n if given.
    Raises ValueError if k < 0.
    """
    raise NotImplementedError
