import numpy as np
import pytest


RANKED = [["a", "b", "c", "d"], ["x", "y", "z"], ["p", "q"]]
RELEVANT = [{"c", "d", "e"}, {"x"}, {"r"}]


def test_recall_by_hand(impl):
    # q1: top-3 has c -> 1/3 ; q2: x -> 1 ; q3: nothing -> 0
    assert np.isclose(impl.recall_at_k(RANKED, RELEVANT, 3), (1 / 3 + 1 + 0) / 3)
    assert np.isclose(impl.recall_at_k(RANKED, RELEVANT, 1), (0 + 1 + 0) / 3)
    # the denominator is |relevant|, not min(k, |relevant|): one hit of two relevant items at k=1
    assert np.isclose(impl.recall_at_k([["c", "a"]], [{"c", "d"}], 1), 0.5)


def test_mrr_by_hand(impl):
    # first relevant at rank 3, 1, never
    assert np.isclose(impl.mean_reciprocal_rank(RANKED, RELEVANT), (1 / 3 + 1 + 0) / 3)


def test_k_beyond_list_length_and_unretrievable_items(impl):
    # relevant "e" never appears, so recall can stay below 1 for any k
    assert np.isclose(impl.recall_at_k([["a", "c", "d"]], [{"c", "d", "e"}], 50), 2 / 3)


def test_queries_without_relevant_items_are_skipped(impl):
    ranked = [["a", "b"], ["c", "d"]]
    relevant = [set(), {"d"}]
    assert impl.recall_at_k(ranked, relevant, 1) == 0.0
    # k=2 finds "d": 1.0 when the empty query is skipped, 0.5 if it were counted as a zero
    assert impl.recall_at_k(ranked, relevant, 2) == 1.0
    assert impl.mean_reciprocal_rank(ranked, relevant) == 0.5


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.recall_at_k([["a"]], [set()], 1)
    with pytest.raises(ValueError):
        impl.mean_reciprocal_rank([["a"], ["b"]], [{"a"}])
    with pytest.raises(ValueError):
        impl.recall_at_k([["a"]], [{"a"}], 0)
