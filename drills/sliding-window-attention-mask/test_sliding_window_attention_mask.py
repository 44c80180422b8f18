import numpy as np
import pytest


def test_example(impl):
    m = impl.sliding_window_mask(5, 2, n_sink=1)
    expected = [[1, 0, 0, 0, 0], [1, 1, 0, 0, 0], [1, 1, 1, 0, 0], [1, 0, 1, 1, 0], [1, 0, 0, 1, 1]]
    assert m.dtype == bool and np.array_equal(m.astype(int), expected)
    assert impl.receptive_field(4096, 32) == 131041


def test_window_counts_the_token_itself(impl):
    m = impl.sliding_window_mask(6, 3)
    assert np.array_equal(m.sum(axis=1), [1, 2, 3, 3, 3, 3])
    assert m[5, 3] and not m[5, 2]


def test_window_of_one_is_diagonal_and_large_window_is_causal(impl):
    assert np.array_equal(impl.sliding_window_mask(4, 1), np.eye(4, dtype=bool))
    assert np.array_equal(impl.sliding_window_mask(4, 10), np.tril(np.ones((4, 4), dtype=bool)))


def test_sinks_respect_causality(impl):
    m = impl.sliding_window_mask(6, 2, n_sink=3)
    assert not m[1, 2]  # sink position 2 is still in the future for query 1
    assert m[5, 0] and m[5, 1] and m[5, 2] and not m[5, 3]


def test_receptive_field_matches_mask_powers(impl):
    L, w, n = 30, 4, 3
    m = impl.sliding_window_mask(L, w).astype(int)
    reach = np.linalg.matrix_power(m, n) > 0  # paths of length n through the layers
    assert reach[L - 1].sum() == impl.receptive_field(w, n) == 10


def test_invalid_arguments(impl):
    with pytest.raises(ValueError):
        impl.sliding_window_mask(4, 0)
    with pytest.raises(ValueError):
        impl.sliding_window_mask(4, 2, n_sink=-1)
    with pytest.raises(ValueError):
        impl.receptive_field(0, 3)
