import numpy as np
import pytest


def _adam(p, g, m, v, t, lr, b1=0.9, b2=0.999, eps=1e-8):
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g**2
    return p - lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps), m, v


def test_zero_gradient_shrinks_by_lr_times_decay(impl):
    p, m, v = np.array([2.0, -4.0]), np.zeros(2), np.zeros(2)
    for t in range(1, 4):
        p, m, v = impl.adamw_step(p, np.zeros(2), m, v, t, lr=0.1, weight_decay=0.5)
    assert np.allclose(p, np.array([2.0, -4.0]) * 0.95**3)
    assert np.allclose(m, 0.0) and np.allclose(v, 0.0)


def test_zero_decay_is_adam(impl):
    rng = np.random.default_rng(0)
    p = rng.normal(size=4)
    m, v = np.zeros(4), np.zeros(4)
    rp, rm, rv = p.copy(), m.copy(), v.copy()
    for t in range(1, 6):
        g = rng.normal(size=4)
        p, m, v = impl.adamw_step(p, g, m, v, t, lr=0.01, weight_decay=0.0)
        rp, rm, rv = _adam(rp, g, rm, rv, t, 0.01)
    assert np.allclose(p, rp) and np.allclose(m, rm) and np.allclose(v, rv)


def test_decay_is_decoupled_from_the_moments(impl):
    rng = np.random.default_rng(1)
    p0 = rng.normal(size=3) * 5
    g = rng.normal(size=3)
    m0, v0 = rng.random(3) * 0.1, rng.random(3) * 0.1
    p, m, v = impl.adamw_step(p0, g, m0, v0, t=3, lr=0.1, weight_decay=0.5)
    ap, am, av = _adam(p0, g, m0, v0, 3, 0.1)
    assert np.allclose(m, am) and np.allclose(v, av)  # the decay term never enters m or v
    assert np.allclose(p, ap - 0.1 * 0.5 * p0)  # uses the pre-step parameter


def test_differs_from_l2_in_the_gradient(impl):
    # L2-in-gradient Adam would move a zero-gradient weight by lr * sign(p) on the first step
    p, _, _ = impl.adamw_step(np.array([3.0]), np.array([0.0]), np.zeros(1), np.zeros(1), t=1, lr=0.1, weight_decay=0.01)
    assert np.isclose(p[0], 3.0 - 0.1 * 0.01 * 3.0)


def test_invalid_t(impl):
    with pytest.raises(ValueError):
        impl.adamw_step(np.ones(1), np.ones(1), np.zeros(1), np.zeros(1), t=0)
