import numpy as np
import pytest


def test_example(impl):
    clipped, norm = impl.clip_grad_global_norm([np.array([3.0]), np.array([[4.0]])], max_norm=1.0, eps=0.0)
    assert norm == 5.0
    assert np.allclose(clipped[0], [0.6]) and np.allclose(clipped[1], [[0.8]])
    assert clipped[1].shape == (1, 1)


def test_one_factor_for_all_tensors(impl):
    small, big = np.array([0.1, 0.0]), np.array([[30.0, 40.0]])
    clipped, norm = impl.clip_grad_global_norm([small, big], max_norm=5.0)
    factor = 5.0 / (np.sqrt(0.01 + 2500.0) + 1e-6)
    assert np.isclose(norm, np.sqrt(2500.01))
    assert np.allclose(clipped[0], small * factor) and np.allclose(clipped[1], big * factor)
    new_norm = np.sqrt(sum(np.sum(c**2) for c in clipped))
    assert np.isclose(new_norm, 5.0, atol=1e-5)


def test_below_threshold_is_unchanged(impl):
    g = [np.array([0.3, -0.4]), np.array([0.0])]
    clipped, norm = impl.clip_grad_global_norm(g, max_norm=1.0)
    assert np.isclose(norm, 0.5)
    assert all(np.array_equal(a, b) for a, b in zip(clipped, g))
    at_limit = [np.array([3.0, 4.0])]
    clipped, norm = impl.clip_grad_global_norm(at_limit, max_norm=5.0)  # equal is not 'exceeds'
    assert norm == 5.0 and np.array_equal(clipped[0], at_limit[0])


def test_inputs_not_modified(impl):
    g = [np.array([10.0, 0.0]), np.ones((2, 2)) * 10]
    before = [a.copy() for a in g]
    impl.clip_grad_global_norm(g, max_norm=1.0)
    assert all(np.array_equal(a, b) for a, b in zip(g, before))


def test_empty_and_invalid(impl):
    assert impl.clip_grad_global_norm([], 1.0) == ([], 0.0)
    with pytest.raises(ValueError):
        impl.clip_grad_global_norm([np.ones(2)], 0.0)
