from typing import Iterable

import numpy as np


def reservoir_sample(stream: Iterable, k: int, rng: np.random.Generator) -> list:
    """Uniform random sample of k items from a stream of unknown length, in one pass (Algorithm R).

    Keep the first k items. For the item at 0-based position i >= k draw j = rng.integers(0, i + 1)
    (exactly one call per such item, nothing else from rng); if j < k, it replaces reservoir[j].
    Returns a list of min(k, n) items (n = stream length); memory O(k).
    Raises ValueError if k < 0.
    """
    if k < 0:
        raise ValueError("k must be non-negative")
    reservoir = []
    for i, item in enumerate(stream):
        if i < k:
            reservoir.append(item)
        else:
            j = rng.integers(0, i + 1)      # uniform over 0..i inclusive: P(keep) = k / (i + 1)
            if j < k:
                reservoir[j] = item
    return reservoir
