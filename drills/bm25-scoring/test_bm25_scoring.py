import math

import numpy as np


DOCS = [["the", "cat", "sat"], ["the", "dog", "sat", "down", "dog"], ["a", "cat", "and", "a", "dog"]]


def test_hand_computed_scores(impl):
    s = impl.bm25_scores(["cat"], DOCS, k1=1.5, b=0.75)
    idf = math.log(1 + (3 - 2 + 0.5) / (2 + 0.5))
    avgdl = 13 / 3
    expected = [idf * 2.5 / (1 + 1.5 * (0.25 + 0.75 * 3 / avgdl)), 0.0,
                idf * 2.5 / (1 + 1.5 * (0.25 + 0.75 * 5 / avgdl))]
    assert np.allclose(s, expected)


def test_term_frequency_saturates(impl):
    docs = [["x"] * n + ["y"] * (20 - n) for n in (1, 2, 5, 20)]
    s = impl.bm25_scores(["x"], docs + [["z"] * 20], k1=1.2, b=0.0)
    idf = math.log(1 + (5 - 4 + 0.5) / (4 + 0.5))
    assert np.all(np.diff(s[:4]) > 0) and s[3] < idf * 2.2
    assert np.isclose(s[0], idf * 2.2 / (1 + 1.2))


def test_b_controls_length_normalisation(impl):
    docs = [["k", "pad"], ["k"] + ["pad"] * 20, ["other"]]
    no_norm = impl.bm25_scores(["k"], docs, b=0.0)
    full = impl.bm25_scores(["k"], docs, b=1.0)
    assert np.isclose(no_norm[0], no_norm[1]) and full[0] > full[1]


def test_rare_terms_weigh_more_and_repeated_query_terms_count_twice(impl):
    s = impl.bm25_scores(["down"], DOCS)
    s_common = impl.bm25_scores(["sat"], DOCS)
    assert s[1] > s_common[1]
    assert np.allclose(impl.bm25_scores(["down", "down"], DOCS), 2 * s)


def test_unknown_terms_and_empty_inputs(impl):
    assert np.allclose(impl.bm25_scores(["zebra"], DOCS), 0.0)
    assert impl.bm25_scores(["cat"], []).shape == (0,)
    assert np.allclose(impl.bm25_scores(["cat"], [[], []]), 0.0)
