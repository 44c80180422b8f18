import zlib
from collections import defaultdict
from itertools import combinations

import numpy as np

PRIME = 2**31 - 1


def shingles(text: str, k: int = 5) -> set[str]:
    """Set of character k-grams; a non-empty text shorter than k is its own single shingle."""
    if len(text) < k:
        return {text} if text else set()
    return {text[i : i + k] for i in range(len(text) - k + 1)}


def minhash_signature(shingle_set: set[str], num_perm: int = 128, seed: int = 0) -> np.ndarray:
    """min over shingles of (a_i * x + b_i) mod p, x = crc32(shingle) mod p; a, b from default_rng(seed)."""
    if not shingle_set:
        raise ValueError("cannot sign an empty set")
    rng = np.random.default_rng(seed)
    a = rng.integers(1, PRIME, size=num_perm, dtype=np.int64)
    b = rng.integers(0, PRIME, size=num_perm, dtype=np.int64)
    # crc32 is stable across processes, unlike the salted built-in hash()
    x = np.array([zlib.crc32(s.encode("utf-8")) % PRIME for s in shingle_set], dtype=np.int64)
    hashed = (x[:, None] * a[None, :] + b[None, :]) % PRIME  # < 2^62: no int64 overflow
    return hashed.min(axis=0)


def jaccard_estimate(sig1: np.ndarray, sig2: np.ndarray) -> float:
    """Fraction of equal signature entries."""
    return float(np.mean(sig1 == sig2))


def lsh_candidate_pairs(signatures: np.ndarray, bands: int) -> list[tuple[int, int]]:
    """Sorted pairs (i < j) identical on every row of at least one band."""
    n, num_perm = signatures.shape
    if bands < 1 or num_perm % bands:
        raise ValueError("num_perm must be divisible by bands")
    r = num_perm // bands
    pairs: set[tuple[int, int]] = set()
    for band in range(bands):
        buckets: dict[bytes, list[int]] = defaultdict(list)
        for doc in range(n):
            buckets[signatures[doc, band * r : (band + 1) * r].tobytes()].append(doc)
        for docs in buckets.values():
            pairs.update(combinations(docs, 2))  # docs are in increasing order
    return sorted(pairs)
