import numpy as np
import pytest


def test_hand_example(impl):
    bm25 = ["d1", "d2", "d3"]
    dense = ["d3", "d1", "d4"]
    out = impl.reciprocal_rank_fusion([bm25, dense], k=60)
    expected = {"d1": 1 / 61 + 1 / 62, "d2": 1 / 62, "d3": 1 / 63 + 1 / 61, "d4": 1 / 63}
    assert [d for d, _ in out] == ["d1", "d3", "d2", "d4"]
    assert all(np.isclose(s, expected[d]) for d, s in out)


def test_ties_break_by_ascending_id(impl):
    out = impl.reciprocal_rank_fusion([["b", "a"], ["a", "b"]], k=1)
    assert [d for d, _ in out] == ["a", "b"] and np.isclose(out[0][1], out[1][1])


def test_k_zero_and_top_n(impl):
    out = impl.reciprocal_rank_fusion([[3, 1, 2], [2, 3]], k=0, top_n=2)
    # 3: 1/1 + 1/2 ; 2: 1/3 + 1/1 ; 1: 1/2
    assert out == [(3, 1.5), (2, 1 + 1 / 3)]


def test_duplicates_within_a_list_count_once(impl):
    out = dict(impl.reciprocal_rank_fusion([["x", "x", "y"]], k=60))
    assert np.isclose(out["x"], 1 / 61) and np.isclose(out["y"], 1 / 63)


def test_empty_input_and_negative_k(impl):
    assert impl.reciprocal_rank_fusion([]) == [] and impl.reciprocal_rank_fusion([[], []]) == []
    with pytest.raises(ValueError):
        impl.reciprocal_rank_fusion([["a"]], k=-1)
