def recall_at_k(ranked: list[list], relevant: list[set], k: int) -> float:
    """Mean over queries of |top-k of ranked ∩ relevant| / |relevant|.

    ranked[q]: item ids in ranked order (no duplicates); relevant[q]: the set of relevant ids.
    Queries with an empty relevant set are skipped. Raises ValueError if no query has a relevant
    item, the two lists differ in length, or k < 1.
    """
    raise NotImplementedError


def mean_reciprocal_rank(ranked: list[list], relevant: list[set]) -> float:
    """Mean over queries of 1 / (1-based rank of the first relevant item), 0 if none is retrieved.

    Same skipping and errors as recall_at_k.
    """
    raise NotImplementedError
