def _check(ranked, relevant):
    if len(ranked) != len(relevant):
        raise ValueError("one ranked list per query")
    pairs = [(r, set(rel)) for r, rel in zip(ranked, relevant) if rel]
    if not pairs:
        raise ValueError("no query has a relevant item")
    return pairs


def recall_at_k(ranked: list[list], relevant: list[set], k: int) -> float:
    """Mean over queries of |top-k of ranked ∩ relevant| / |relevant|.

    ranked[q]: item ids in ranked order (no duplicates); relevant[q]: the set of relevant ids.
    Queries with an empty relevant set are skipped. Raises ValueError if no query has a relevant
    item, the two lists differ in length, or k < 1.
    """
    if k < 1:
        raise ValueError("k must be >= 1")
    pairs = _check(ranked, relevant)
    return sum(len(set(r[:k]) & rel) / len(rel) for r, rel in pairs) / len(pairs)


def mean_reciprocal_rank(ranked: list[list], relevant: list[set]) -> float:
    """Mean over queries of 1 / (1-based rank of the first relevant item), 0 if none is retrieved.

    Same skipping and errors as recall_at_k.
    """
    pairs = _check(ranked, relevant)
    total = 0.0
    for r, rel in pairs:
        # next() stops at the first hit: ranks are 1-based
        total += next((1.0 / pos for pos, item in enumerate(r, start=1) if item in rel), 0.0)
    return total / len(pairs)
