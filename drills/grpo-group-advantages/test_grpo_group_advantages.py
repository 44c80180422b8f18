import numpy as np
import pytest


def test_example(impl):
    a = impl.grpo_advantages(np.array([[1.0, 0.0, 0.0, 1.0], [1.0, 1.0, 1.0, 1.0]]))
    s = np.std([1, 0, 0, 1], ddof=1)
    assert np.allclose(a[0], np.array([0.5, -0.5, -0.5, 0.5]) / (s + 1e-4))
    assert np.array_equal(a[1], np.zeros(4))


def test_groups_are_normalised_separately(impl):
    rng = np.random.default_rng(0)
    r = rng.normal(size=(3, 8)) * np.array([[1.0], [10.0], [0.1]]) + np.array([[0.0], [5.0], [-2.0]])
    a = impl.grpo_advantages(r, eps=0.0)
    assert np.allclose(a.mean(axis=1), 0.0)
    assert np.allclose(a.std(axis=1, ddof=1), 1.0)


def test_uses_sample_standard_deviation(impl):
    a = impl.grpo_advantages(np.array([[0.0, 2.0]]), eps=0.0)
    assert np.allclose(a, [[-1 / np.sqrt(2), 1 / np.sqrt(2)]])  # ddof=0 would give [-1, 1]


def test_unscaled_variant_only_centres(impl):
    r = np.array([[3.0, 1.0, 2.0], [10.0, 10.0, 13.0]])
    assert np.allclose(impl.grpo_advantages(r, scale=False), [[1.0, -1.0, 0.0], [-1.0, -1.0, 2.0]])


def test_constant_groups_are_zero_not_nan(impl):
    r = np.array([[0.0, 0.0, 0.0], [0.3, 0.3, 0.3], [0.0, 1.0, 1.0]])
    for eps in (0.0, 1e-4):
        a = impl.grpo_advantages(r, eps=eps)
        assert np.array_equal(a[:2], np.zeros((2, 3)))
        assert np.all(np.isfinite(a))


def test_constant_group_whose_float_mean_is_inexact_is_zero(impl):
    r = np.array([[0.1, 0.1, 0.1], [0.0, 1.0, 1.0]])
    assert np.mean(r[0]) != 0.1  # the mean misses 0.1 by an ulp, so r - mean is not exactly 0
    for eps in (0.0, 1e-4):
        assert np.array_equal(impl.grpo_advantages(r, eps=eps)[0], np.zeros(3))
    assert np.array_equal(impl.grpo_advantages(r, scale=False)[0], np.zeros(3))


def test_invalid_shapes(impl):
    with pytest.raises(ValueError):
        impl.grpo_advantages(np.array([1.0, 2.0, 3.0]))
    with pytest.raises(ValueError):
        impl.grpo_advantages(np.array([[1.0], [2.0]]))
