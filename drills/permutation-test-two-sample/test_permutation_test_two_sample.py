import numpy as np
import pytest
from scipy import stats


def test_uses_the_rng_exactly_as_specified(impl):
    x, y = np.array([1.0, 2.0, 3.5]), np.array([2.5, 4.0, 5.0, 6.0])
    t, p = impl.permutation_test(x, y, 500, np.random.default_rng(3))
    perms = np.random.default_rng(3).permuted(np.tile(np.r_[x, y], (500, 1)), axis=1)
    t_star = perms[:, :3].mean(1) - perms[:, 3:].mean(1)
    assert np.isclose(t, x.mean() - y.mean())
    assert p == (1 + np.sum(np.abs(t_star) >= abs(t) - 1e-12)) / 501


def test_agrees_with_exact_scipy_permutation_test(impl):
    rng = np.random.default_rng(0)
    x, y = rng.normal(0, 1, 6), rng.normal(0.8, 1, 7)
    exact = stats.permutation_test((x, y), lambda a, b: np.mean(a) - np.mean(b),
                                   permutation_type="independent", n_resamples=np.inf).pvalue
    _, p = impl.permutation_test(x, y, 10000, np.random.default_rng(1))
    assert abs(p - exact) < 0.015


def test_p_value_is_never_zero(impl):
    x, y = np.arange(20.0), np.arange(20.0) + 100
    _, p = impl.permutation_test(x, y, 999, np.random.default_rng(0))
    assert p == 1 / 1000


def test_ties_with_the_observed_statistic_count_as_extreme(impl):
    # every split of [0, 0, 1, 1] into halves gives |T| in {0, 1}; observed |T| = 1 is hit by 1/3
    x, y = np.array([0.1, 0.1]), np.array([0.7, 0.7])
    _, p = impl.permutation_test(x, y, 3000, np.random.default_rng(5))
    assert abs(p - 1 / 3) < 0.03
    # here 14 of the 20 splits reach |T| exactly, but several only up to rounding (the same values
    # summed in another order): a strict |T*| >= |T| drops them and gives p of about 0.57
    x, y = np.array([0.8, 1.8, 0.1]), np.array([1.6, 0.8, 1.7])
    _, p = impl.permutation_test(x, y, 3000, np.random.default_rng(5))
    assert abs(p - 0.7) < 0.04


def test_identical_samples_give_p_one(impl):
    _, p = impl.permutation_test(np.ones(5), np.ones(6), 100, np.random.default_rng(0))
    assert p == 1.0


def test_empty_sample_raises(impl):
    with pytest.raises(ValueError):
        impl.permutation_test(np.array([]), np.ones(3), 10, np.random.default_rng(0))
    with pytest.raises(ValueError):
        impl.permutation_test(np.ones(2), np.ones(3), 0, np.random.default_rng(0))
