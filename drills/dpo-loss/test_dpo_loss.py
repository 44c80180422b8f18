import numpy as np
import pytest


def test_example(impl):
    loss, rc, rr = impl.dpo_loss(np.array([-10.0]), np.array([-12.0]), np.array([-11.0]), np.array([-11.0]), beta=0.5)
    assert np.isclose(loss, np.log1p(np.exp(-1.0)))
    assert np.allclose(rc, [0.5]) and np.allclose(rr, [-0.5])


def test_policy_equal_to_reference_gives_log_two(impl):
    rng = np.random.default_rng(0)
    c, r = rng.normal(size=5) - 20, rng.normal(size=5) - 20
    loss, rc, rr = impl.dpo_loss(c, r, c, r, beta=0.3)
    assert np.isclose(loss, np.log(2.0)) and np.allclose(rc, 0.0) and np.allclose(rr, 0.0)


def test_matches_formula_and_depends_on_the_reference(impl):
    rng = np.random.default_rng(1)
    pc, pr, rc, rr = (rng.normal(size=8) * 5 - 50 for _ in range(4))
    z = 0.2 * ((pc - rc) - (pr - rr))
    loss, _, _ = impl.dpo_loss(pc, pr, rc, rr, beta=0.2)
    assert np.isclose(loss, np.mean(-np.log(1.0 / (1.0 + np.exp(-z)))))
    loss_no_ref, _, _ = impl.dpo_loss(pc, pr, np.zeros(8), np.zeros(8), beta=0.2)
    assert not np.isclose(loss, loss_no_ref)


def test_large_margins_are_stable(impl):
    pc, pr = np.array([0.0, -5000.0]), np.array([-5000.0, 0.0])
    zeros = np.zeros(2)
    with np.errstate(over="raise", invalid="raise"):
        loss, _, _ = impl.dpo_loss(pc, pr, zeros, zeros, beta=1.0)
        gc, gr = impl.dpo_grad(pc, pr, zeros, zeros, beta=1.0)
    assert np.isclose(loss, 2500.0)  # pair 1 is right by 5000 (loss ~0), pair 2 wrong by 5000
    assert np.allclose(gc, [0.0, -0.5]) and np.allclose(gr, [0.0, 0.5])


def test_gradient_matches_finite_differences(impl):
    rng = np.random.default_rng(2)
    pc, pr, rc, rr = (rng.normal(size=4) * 3 for _ in range(4))
    gc, gr = impl.dpo_grad(pc, pr, rc, rr, beta=0.7)
    h = 1e-6
    for k in range(4):
        e = np.eye(4)[k] * h
        num_c = (impl.dpo_loss(pc + e, pr, rc, rr, 0.7)[0] - impl.dpo_loss(pc - e, pr, rc, rr, 0.7)[0]) / (2 * h)
        num_r = (impl.dpo_loss(pc, pr + e, rc, rr, 0.7)[0] - impl.dpo_loss(pc, pr - e, rc, rr, 0.7)[0]) / (2 * h)
        assert np.isclose(gc[k], num_c, atol=1e-8) and np.isclose(gr[k], num_r, atol=1e-8)


def test_invalid_inputs(impl):
    a = np.zeros(3)
    with pytest.raises(ValueError):
        impl.dpo_loss(a, a, a, np.zeros(2))
    with pytest.raises(ValueError):
        impl.dpo_loss(a, a, a, a, beta=0.0)
    with pytest.raises(ValueError):
        impl.dpo_loss(np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0))
