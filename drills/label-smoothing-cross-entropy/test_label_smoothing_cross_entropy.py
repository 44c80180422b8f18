import numpy as np
import pytest
from scipy.special import log_softmax


def test_example(impl):
    loss, g = impl.label_smoothing_ce(np.zeros((1, 4)), np.array([2]), 0.2)
    assert np.isclose(loss, np.log(4.0)) and np.allclose(g, [[0.2, 0.2, -0.6, 0.2]])
    l2, _ = impl.label_smoothing_ce(np.array([[3.0, 0.0]]), np.array([0]), 0.1)
    lp = log_softmax([3.0, 0.0])
    assert np.isclose(l2, -(0.95 * lp[0] + 0.05 * lp[1]))


def test_zero_smoothing_is_plain_cross_entropy(impl):
    rng = np.random.default_rng(0)
    z = rng.normal(size=(5, 3))
    y = np.array([0, 2, 1, 1, 0])
    loss, _ = impl.label_smoothing_ce(z, y, 0.0)
    assert np.isclose(loss, -log_softmax(z, axis=1)[np.arange(5), y].mean())


def test_decomposes_into_ce_plus_uniform_term(impl):
    rng = np.random.default_rng(1)
    z = rng.normal(scale=2.0, size=(6, 5))
    y = rng.integers(0, 5, size=6)
    eps = 0.3
    lp = log_softmax(z, axis=1)
    expected = (1 - eps) * -lp[np.arange(6), y].mean() + eps * -lp.mean(axis=1).mean()
    loss, _ = impl.label_smoothing_ce(z, y, eps)
    assert np.isclose(loss, expected)


def test_gradient_and_its_zero_at_the_target(impl):
    rng = np.random.default_rng(2)
    z = rng.normal(size=(3, 4))
    y = np.array([3, 0, 1])
    _, g = impl.label_smoothing_ce(z, y, 0.1)
    h = 1e-6
    num = np.zeros_like(z)
    for i in np.ndindex(z.shape):
        zp, zm = z.copy(), z.copy()
        zp[i] += h
        zm[i] -= h
        num[i] = (impl.label_smoothing_ce(zp, y, 0.1)[0] - impl.label_smoothing_ce(zm, y, 0.1)[0]) / (2 * h)
    assert np.allclose(g, num, atol=1e-7)
    # logits equal to log q are the minimiser: gradient zero
    q = np.full(4, 0.1 / 4)
    q[1] += 0.9
    _, g0 = impl.label_smoothing_ce(np.log(q)[None, :], np.array([1]), 0.1)
    assert np.allclose(g0, 0.0, atol=1e-12)


def test_large_logits_are_stable(impl):
    loss, g = impl.label_smoothing_ce(np.array([[1e4, -1e4]]), np.array([0]), 0.1)
    assert np.isfinite(loss) and np.isclose(loss, 0.05 * 2e4)
    assert np.all(np.isfinite(g))


def test_invalid_smoothing_raises(impl):
    with pytest.raises(ValueError):
        impl.label_smoothing_ce(np.zeros((1, 2)), np.array([0]), 1.0)
    with pytest.raises(ValueError):
        impl.label_smoothing_ce(np.zeros((1, 2)), np.array([0]), -0.1)
