import zlib

import numpy as np
import pytest

P = 2**31 - 1


def test_shingles(impl):
    assert impl.shingles("abcab", 3) == {"abc", "bca", "cab"}
    assert impl.shingles("ab", 5) == {"ab"}
    assert impl.shingles("", 5) == set()
    assert impl.shingles("aaaa", 2) == {"aa"}


def test_signature_follows_the_specified_hash(impl):
    s = {"hello", "world", "minhash"}
    sig = impl.minhash_signature(s, num_perm=16, seed=3)
    rng = np.random.default_rng(3)
    a = rng.integers(1, P, size=16)
    b = rng.integers(0, P, size=16)
    x = np.array([zlib.crc32(t.encode("utf-8")) % P for t in s], dtype=np.int64)
    assert sig.shape == (16,)
    assert np.array_equal(sig, ((x[:, None] * a + b) % P).min(axis=0))


def test_estimate_is_close_to_true_jaccard(impl):
    A = {f"tok{i}" for i in range(0, 300)}
    B = {f"tok{i}" for i in range(100, 400)}  # Jaccard = 200 / 400 = 0.5
    est = impl.jaccard_estimate(impl.minhash_signature(A, 512), impl.minhash_signature(B, 512))
    assert abs(est - 0.5) < 0.07
    C = {f"other{i}" for i in range(300)}
    assert impl.jaccard_estimate(impl.minhash_signature(A, 512), impl.minhash_signature(C, 512)) < 0.05


def test_identical_sets_and_order_independence(impl):
    s = impl.shingles("the quick brown fox jumps over the lazy dog")
    s1 = impl.minhash_signature(s, 64)
    s2 = impl.minhash_signature(set(sorted(s, reverse=True)), 64)
    assert impl.jaccard_estimate(s1, s2) == 1.0
    with pytest.raises(ValueError):
        impl.minhash_signature(set(), 8)


def test_lsh_banding(impl):
    sigs = np.array([
        [1, 2, 3, 4, 5, 6],
        [1, 2, 9, 9, 9, 9],  # shares band 0 with doc 0
        [7, 7, 3, 4, 8, 8],  # shares band 1 with doc 0
        [0, 2, 0, 4, 0, 6],  # shares single rows only: no full band
    ])
    assert impl.lsh_candidate_pairs(sigs, bands=3) == [(0, 1), (0, 2)]
    assert impl.lsh_candidate_pairs(sigs, bands=6) == [(0, 1), (0, 2), (0, 3), (1, 3), (2, 3)]
    with pytest.raises(ValueError):
        impl.lsh_candidate_pairs(sigs, bands=4)


def test_near_duplicates_become_candidates(impl):
    base = "Deduplication removes repeated web pages from the pretraining corpus before training. " * 3
    docs = [base, base.replace("web", "Web"), "An entirely different document about cooking pasta at home."]
    sigs = np.stack([impl.minhash_signature(impl.shingles(d), 128) for d in docs])
    assert impl.lsh_candidate_pairs(sigs, bands=32) == [(0, 1)]
