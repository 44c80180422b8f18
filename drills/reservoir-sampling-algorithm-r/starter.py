from typing import Iterable

import numpy as np


def reservoir_sample(stream: Iterable, k: int, rng: np.random.Generator) -> list:
    """Uniform random sample of k items from a stream of unknown length, in one pass (Algorithm R).

    Keep the first k items. For the item at 0-based position i >= k draw j = rng.integers(0, i + 1)
    (exactly one call per such item, nothing else from rng); if j < k, it replaces reservoir[j].
    Returns a list of min(k, n) items (n = stream length); memory O(k).
    Raises ValueError if k < 0.
    """
    raise NotImplementedError
