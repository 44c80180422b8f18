import numpy as np
import pytest


def test_example(impl):
    assert np.isclose(impl.bt_loss(np.array([2.0, 0.0]), np.array([0.0, 0.0])), (np.log1p(np.exp(-2.0)) + np.log(2.0)) / 2)
    assert impl.pairwise_accuracy(np.array([2.0, 0.0, 1.0]), np.array([0.0, 0.0, 3.0])) == 0.5


def test_only_the_difference_matters(impl):
    rng = np.random.default_rng(0)
    rc, rr = rng.normal(size=10), rng.normal(size=10)
    shift = rng.normal(size=10) * 100
    assert np.isclose(impl.bt_loss(rc, rr), impl.bt_loss(rc + shift, rr + shift))
    assert not np.isclose(impl.bt_loss(rc, rr), impl.bt_loss(rr, rc))


def test_margin_raises_the_bar(impl):
    rc, rr = np.array([1.0, 2.0]), np.array([0.0, 0.0])
    m = np.array([1.0, 0.5])
    assert np.isclose(impl.bt_loss(rc, rr, m), np.mean(np.log1p(np.exp(-(rc - rr - m)))))
    assert impl.bt_loss(rc, rr, m) > impl.bt_loss(rc, rr)


def test_extreme_gaps_are_stable(impl):
    rc, rr = np.array([1000.0, -1000.0]), np.array([-1000.0, 1000.0])
    with np.errstate(over="raise", invalid="raise"):
        loss = impl.bt_loss(rc, rr)
        gc, gr = impl.bt_grad(rc, rr)
    assert np.isclose(loss, 1000.0)
    assert np.allclose(gc, [0.0, -0.5]) and np.allclose(gr, [0.0, 0.5])


def test_gradient_matches_finite_differences(impl):
    rng = np.random.default_rng(1)
    rc, rr, m = rng.normal(size=5), rng.normal(size=5), rng.random(5)
    gc, gr = impl.bt_grad(rc, rr, m)
    h = 1e-6
    for k in range(5):
        e = np.eye(5)[k] * h
        assert np.isclose(gc[k], (impl.bt_loss(rc + e, rr, m) - impl.bt_loss(rc - e, rr, m)) / (2 * h), atol=1e-8)
        assert np.isclose(gr[k], (impl.bt_loss(rc, rr + e, m) - impl.bt_loss(rc, rr - e, m)) / (2 * h), atol=1e-8)


def test_invalid_inputs(impl):
    with pytest.raises(ValueError):
        impl.bt_loss(np.zeros(3), np.zeros(2))
    with pytest.raises(ValueError):
        impl.bt_loss(np.zeros(0), np.zeros(0))
