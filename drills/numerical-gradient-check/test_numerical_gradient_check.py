import numpy as np
import pytest


def test_example(impl):
    g = impl.numerical_gradient(lambda a: float(np.sum(a**2)), np.array([[1.0, -2.0]]))
    assert g.shape == (1, 2) and np.allclose(g, [[2.0, -4.0]])
    assert np.isclose(impl.relative_error(np.array([1.0, 2.0]), np.array([1.0, 2.2])), 0.2 / 4.2)


def test_central_differences_are_second_order_accurate(impl):
    x = np.array([1.0, 2.0, -3.0])
    g = impl.numerical_gradient(lambda a: float(np.sum(a**3)), x, h=1e-4)
    # a forward difference would be off by about 3 x h ~ 3e-4 here
    assert np.allclose(g, 3 * x**2, rtol=0, atol=1e-7)


def test_any_shape_and_coupled_function(impl):
    rng = np.random.default_rng(0)
    A = rng.normal(size=(3, 3))
    x = rng.normal(size=(3, 3))
    f = lambda M: float(np.sum(np.tanh(A @ M)))
    g = impl.numerical_gradient(f, x)
    expected = A.T @ (1 - np.tanh(A @ x) ** 2)
    assert np.allclose(g, expected, atol=1e-8)


def test_input_is_restored(impl):
    x = np.array([[0.5, 1.5], [2.5, -1.0]])
    before = x.copy()
    seen = []

    def f(a):
        seen.append(np.count_nonzero(a != before))
        return float(np.prod(a))

    impl.numerical_gradient(f, x)
    assert np.array_equal(x, before)
    assert max(seen) == 1  # only one element is perturbed at a time


def test_relative_error_normalises_by_the_largest_entry_pair(impl):
    # one global ratio, not the largest per-element ratio: a tiny entry that is off by 1e-3 does not
    # dominate (an element-wise |a - b| / (|a| + |b|) would give 1/3 here)
    assert np.isclose(impl.relative_error(np.array([100.0, 1e-3]), np.array([100.0, 2e-3])), 1e-3 / 200)
    # the denominator is max(|a_i| + |b_i|) = 4, not max|a| + max|b| = 6
    assert np.isclose(impl.relative_error(np.array([3.0, 1.0]), np.array([1.0, 3.0])), 2 / 4)


def test_relative_error_edge_cases(impl):
    assert impl.relative_error(np.zeros(3), np.zeros(3)) == 0.0
    assert np.isclose(impl.relative_error(np.array([1e-3]), np.array([-1e-3])), 1.0)
    with pytest.raises(ValueError):
        impl.relative_error(np.zeros(3), np.zeros((3, 1)))
