import numpy as np
import pytest
from scipy import stats


def test_uses_the_rng_exactly_as_specified(impl):
    x = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0])
    low, high = impl.bootstrap_ci(x, np.mean, 1000, 0.1, np.random.default_rng(7))
    idx = np.random.default_rng(7).integers(0, 8, size=(1000, 8))
    reps = x[idx].mean(axis=1)
    assert np.allclose((low, high), np.quantile(reps, [0.05, 0.95]), rtol=1e-12, atol=0)


def test_close_to_the_t_interval_for_a_mean(impl):
    x = np.random.default_rng(0).normal(10, 2, 400)
    low, high = impl.bootstrap_ci(x, np.mean, 4000, 0.05, np.random.default_rng(1))
    t_low, t_high = stats.t.interval(0.95, len(x) - 1, loc=x.mean(), scale=stats.sem(x))
    assert abs(low - t_low) < 0.03 and abs(high - t_high) < 0.03


def test_works_with_median_and_contains_the_estimate(impl):
    x = np.random.default_rng(2).exponential(size=201)
    low, high = impl.bootstrap_ci(x, np.median, 2000, 0.05, np.random.default_rng(3))
    assert low < np.median(x) < high


def test_constant_data_gives_a_point_interval(impl):
    assert impl.bootstrap_ci(np.full(5, 2.5), np.mean, 200, 0.05, np.random.default_rng(0)) == (2.5, 2.5)


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.bootstrap_ci(np.array([]), np.mean, 10, 0.05, np.random.default_rng(0))
    with pytest.raises(ValueError):
        impl.bootstrap_ci(np.ones(3), np.mean, 10, 1.5, np.random.default_rng(0))
    with pytest.raises(ValueError):
        impl.bootstrap_ci(np.ones(3), np.mean, 0, 0.05, np.random.default_rng(0))
