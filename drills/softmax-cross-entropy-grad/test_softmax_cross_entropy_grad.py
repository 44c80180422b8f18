import numpy as np
import pytest
from scipy.special import log_softmax


def test_example(impl):
    loss, g = impl.softmax_cross_entropy(np.array([[2.0, 0.0], [5.0, 5.0]]), np.array([0, -100]))
    assert np.isclose(loss, np.log1p(np.exp(-2.0)))
    assert np.allclose(g, [[-0.11920292202211755, 0.11920292202211755], [0.0, 0.0]])


def test_matches_scipy_without_ignored_positions(impl):
    rng = np.random.default_rng(0)
    z = rng.normal(scale=2.0, size=(8, 5))
    y = rng.integers(0, 5, size=8)
    loss, g = impl.softmax_cross_entropy(z, y)
    assert np.isclose(loss, -log_softmax(z, axis=1)[np.arange(8), y].mean())
    p = np.exp(log_softmax(z, axis=1))
    assert np.allclose(g, (p - np.eye(5)[y]) / 8)


def test_mean_is_over_valid_positions_only(impl):
    rng = np.random.default_rng(1)
    z = rng.normal(size=(6, 4))
    y = np.array([1, -100, 3, -100, -100, 0])
    loss, g = impl.softmax_cross_entropy(z, y)
    keep = y != -100
    ref_loss, ref_g = impl.softmax_cross_entropy(z[keep], y[keep])
    assert np.isclose(loss, ref_loss)
    assert np.allclose(g[keep], ref_g) and np.allclose(g[~keep], 0.0)


def test_custom_ignore_index_and_all_ignored(impl):
    z = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
    loss, g = impl.softmax_cross_entropy(z, np.array([0, 0]), ignore_index=0)
    assert loss == 0.0 and np.array_equal(g, np.zeros((2, 3)))


def test_large_logits_are_stable(impl):
    z = np.array([[1e4, 0.0, -1e4], [1e4, 1e4, 1e4]])
    loss, g = impl.softmax_cross_entropy(z, np.array([1, 2]))
    assert np.isfinite(loss) and np.isclose(loss, (1e4 + np.log(3.0)) / 2)
    assert np.all(np.isfinite(g))
    assert np.allclose(g.sum(axis=1), 0.0)


def test_gradient_matches_finite_differences(impl):
    rng = np.random.default_rng(2)
    z = rng.normal(size=(4, 3))
    y = np.array([2, -100, 0, 1])
    _, g = impl.softmax_cross_entropy(z, y)
    num = np.zeros_like(z)
    h = 1e-6
    for i in np.ndindex(z.shape):
        zp, zm = z.copy(), z.copy()
        zp[i] += h
        zm[i] -= h
        num[i] = (impl.softmax_cross_entropy(zp, y)[0] - impl.softmax_cross_entropy(zm, y)[0]) / (2 * h)
    assert np.allclose(g, num, atol=1e-7)


def test_out_of_range_label_raises(impl):
    with pytest.raises(ValueError):
        impl.softmax_cross_entropy(np.zeros((2, 3)), np.array([0, 3]))
    with pytest.raises(ValueError):
        impl.softmax_cross_entropy(np.zeros((2, 3)), np.array([0, -1]))
