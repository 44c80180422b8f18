import numpy as np
import pytest


def test_hand_example(impl):
    y = np.array([10.0, 12.0, 20.0, 27.0])
    treated = np.array([0, 0, 1, 1])
    post = np.array([0, 1, 0, 1])
    assert impl.diff_in_diff(y, treated, post) == 5.0        # (27 - 20) - (12 - 10)


def test_equals_ols_interaction_coefficient(impl):
    rng = np.random.default_rng(0)
    n = 400
    g, p = rng.integers(0, 2, n), rng.integers(0, 2, n)
    y = 5 + 3 * g + 2 * p + 1.5 * g * p + rng.normal(size=n)
    A = np.column_stack([np.ones(n), g, p, g * p])
    coef = np.linalg.lstsq(A, y, rcond=None)[0]
    assert np.isclose(impl.diff_in_diff(y, g, p), coef[3])


def test_removes_group_and_time_effects(impl):
    rng = np.random.default_rng(1)
    n = 20000
    g, p = rng.integers(0, 2, n), rng.integers(0, 2, n)
    y = 100 * g + 7 * p + 2.0 * g * p + rng.normal(size=n)   # large level gap, common trend
    naive_post = y[(g == 1) & (p == 1)].mean() - y[(g == 0) & (p == 1)].mean()
    assert abs(naive_post - 102) < 0.2 and abs(impl.diff_in_diff(y, g, p) - 2.0) < 0.1


def test_unbalanced_cells_use_cell_means(impl):
    y = np.array([1.0, 3.0, 10.0, 4.0, 8.0, 9.0])
    g = np.array([0, 0, 0, 1, 1, 1])
    p = np.array([0, 0, 1, 0, 1, 1])
    # control: pre mean 2, post 10 ; treated: pre 4, post 8.5 -> 4.5 - 8
    assert np.isclose(impl.diff_in_diff(y, g, p), -3.5)


def test_empty_cell_raises(impl):
    with pytest.raises(ValueError):
        impl.diff_in_diff(np.ones(3), np.array([0, 0, 1]), np.array([0, 1, 0]))
    with pytest.raises(ValueError):
        impl.diff_in_diff(np.ones(5), np.array([0, 0, 1, 1]), np.array([0, 1, 0, 1]))
