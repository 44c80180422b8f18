import numpy as np
import pytest


def test_example(impl):
    p, v = impl.sgd_momentum_step(np.array([1.0]), np.array([0.5]), np.array([0.2]), lr=0.1, momentum=0.9)
    assert np.allclose(p, [0.932]) and np.allclose(v, [0.68])
    pn, vn = impl.sgd_momentum_step(np.array([1.0]), np.array([0.5]), np.array([0.2]), lr=0.1, momentum=0.9, nesterov=True)
    assert np.allclose(pn, [0.8888]) and np.allclose(vn, [0.68])


def test_zero_momentum_is_plain_sgd(impl):
    p, v = impl.sgd_momentum_step(np.array([1.0, -2.0]), np.array([0.3, 0.4]), np.zeros(2), lr=0.5, momentum=0.0)
    assert np.allclose(p, [0.85, -2.2]) and np.allclose(v, [0.3, 0.4])


def test_two_steps_by_hand(impl):
    p, v = np.array([2.0]), np.zeros(1)
    p, v = impl.sgd_momentum_step(p, np.array([1.0]), v, lr=0.1, momentum=0.5)
    assert np.allclose(p, [1.9]) and np.allclose(v, [1.0])
    p, v = impl.sgd_momentum_step(p, np.array([1.0]), v, lr=0.1, momentum=0.5)
    assert np.allclose(p, [1.75]) and np.allclose(v, [1.5])


def test_weight_decay_is_added_to_the_gradient(impl):
    p, v = impl.sgd_momentum_step(np.array([2.0]), np.array([0.0]), np.zeros(1), lr=0.1, momentum=0.9, weight_decay=0.5)
    assert np.allclose(v, [1.0]) and np.allclose(p, [1.9])


def test_nesterov_converges_on_a_quadratic(impl):
    A = np.diag([1.0, 10.0])
    for nesterov in (False, True):
        p, v = np.array([5.0, 5.0]), np.zeros(2)
        for _ in range(200):
            p, v = impl.sgd_momentum_step(p, A @ p, v, lr=0.05, momentum=0.9, nesterov=nesterov)
        assert np.linalg.norm(p) < 1e-3


def test_inputs_not_modified_and_nesterov_needs_momentum(impl):
    p, g, v = np.array([1.0, 2.0]), np.array([0.1, 0.1]), np.array([0.5, 0.5])
    copies = (p.copy(), g.copy(), v.copy())
    impl.sgd_momentum_step(p, g, v, lr=0.1, weight_decay=0.01)
    assert all(np.array_equal(a, b) for a, b in zip((p, g, v), copies))
    with pytest.raises(ValueError):
        impl.sgd_momentum_step(p, g, v, lr=0.1, momentum=0.0, nesterov=True)
