import numpy as np
import pytest


def _ref(p, g, m, v, t, lr, b1, b2, eps):
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g**2
    return p - lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps), m, v


def test_first_step_moves_each_coordinate_by_lr(impl):
    g = np.array([0.5, -2.0, 1e-3, 300.0])
    p, m, v = impl.adam_step(np.ones(4), g, np.zeros(4), np.zeros(4), t=1, lr=0.1)
    assert np.allclose(p, 1.0 - 0.1 * np.sign(g), atol=1e-6)
    assert np.allclose(m, 0.1 * g) and np.allclose(v, 0.001 * g**2)


def test_several_steps_match_the_equations(impl):
    rng = np.random.default_rng(0)
    p = rng.normal(size=5)
    m, v = np.zeros(5), np.zeros(5)
    rp, rm, rv = p.copy(), m.copy(), v.copy()
    for t in range(1, 8):
        g = rng.normal(size=5)
        p, m, v = impl.adam_step(p, g, m, v, t, lr=0.01, beta1=0.8, beta2=0.99, eps=1e-6)
        rp, rm, rv = _ref(rp, g, rm, rv, t, 0.01, 0.8, 0.99, 1e-6)
    assert np.allclose(p, rp) and np.allclose(m, rm) and np.allclose(v, rv)


def test_eps_is_added_after_the_square_root(impl):
    g = np.array([1e-6])
    p, _, _ = impl.adam_step(np.zeros(1), g, np.zeros(1), np.zeros(1), t=1, lr=1.0, eps=1e-6)
    assert np.isclose(p[0], -0.5)  # 1e-6 / (1e-6 + 1e-6); eps inside the root would give ~ -1e-3


def test_update_is_invariant_to_gradient_scale(impl):
    rng = np.random.default_rng(1)
    grads = rng.normal(size=(4, 3))
    results = []
    for scale in (1.0, 1000.0):
        p, m, v = np.zeros(3), np.zeros(3), np.zeros(3)
        for t, g in enumerate(grads, start=1):
            p, m, v = impl.adam_step(p, scale * g, m, v, t, lr=0.01, eps=0.0)
        results.append(p)
    assert np.allclose(results[0], results[1])


def test_t_must_be_positive_and_inputs_untouched(impl):
    p, g, m, v = np.ones(2), np.ones(2), np.zeros(2), np.zeros(2)
    with pytest.raises(ValueError):
        impl.adam_step(p, g, m, v, t=0)
    impl.adam_step(p, g, m, v, t=1)
    assert np.array_equal(p, np.ones(2)) and np.array_equal(m, np.zeros(2)) and np.array_equal(v, np.zeros(2))
