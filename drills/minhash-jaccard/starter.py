import zlib

import numpy as np

PRIME = 2**31 - 1


def shingles(text: str, k: int = 5) -> set[str]:
    """Set of character k-grams; a non-empty text shorter than k is its own single shingle."""
    raise NotImplementedError


def minhash_signature(shingle_set: set[str], num_perm: int = 128, seed: int = 0) -> np.ndarray:
    """min over shingles of (a_i * x + b_i) mod p, x = crc32(shingle) mod p; a, b from default_rng(seed)."""
    raise NotImplementedError


def jaccard_estimate(sig1: np.ndarray, sig2: np.ndarray) -> float:
    """Fraction of equal signature entries."""
    raise NotImplementedError


def lsh_candidate_pairs(signatures: np.ndarray, bands: int) -> list[tuple[int, int]]:
    """Sorted pairs (i < j) identical on every row of at least one band."""
    raise NotImplementedError
