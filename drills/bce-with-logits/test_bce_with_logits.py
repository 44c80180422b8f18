import numpy as np
import pytest
from sklearn.metrics import log_loss


def test_example(impl):
    z, y = np.array([0.0, 2.0]), np.array([1.0, 0.0])
    assert np.isclose(impl.bce_with_logits(z, y), (np.log(2) + np.log1p(np.exp(2.0))) / 2)
    assert np.allclose(impl.bce_with_logits_grad(z, y), [-0.25, 0.44039853898894116])


def test_matches_sklearn_log_loss(impl):
    rng = np.random.default_rng(0)
    z = rng.normal(scale=3.0, size=50)
    y = (rng.random(50) < 0.4).astype(float)
    p = 1.0 / (1.0 + np.exp(-z))
    assert np.isclose(impl.bce_with_logits(z, y), log_loss(y, p, labels=[0, 1]))


def test_extreme_logits_are_exact_not_inf(impl):
    z = np.array([1000.0, -1000.0, 1000.0, -1000.0])
    y = np.array([0.0, 1.0, 1.0, 0.0])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        loss = impl.bce_with_logits(z, y)
        grad = impl.bce_with_logits_grad(z, y)
    assert np.isclose(loss, 500.0)  # two terms cost 1000 each, two cost ~0
    assert np.allclose(grad, [0.25, -0.25, 0.0, 0.0])


def test_soft_targets_and_finite_difference_gradient(impl):
    rng = np.random.default_rng(1)
    z = rng.normal(size=6)
    y = rng.random(6)
    g = impl.bce_with_logits_grad(z, y)
    h = 1e-6
    num = np.array([(impl.bce_with_logits(z + h * e, y) - impl.bce_with_logits(z - h * e, y)) / (2 * h) for e in np.eye(6)])
    assert np.allclose(g, num, atol=1e-8)


def test_minimum_at_logit_of_soft_target(impl):
    # for target 0.8 the loss is minimised at z = log(0.8 / 0.2)
    z_star = np.log(4.0)
    assert np.isclose(impl.bce_with_logits_grad(np.array([z_star]), np.array([0.8]))[0], 0.0, atol=1e-12)


def test_bad_input_raises(impl):
    with pytest.raises(ValueError):
        impl.bce_with_logits(np.zeros(3), np.zeros(2))
    with pytest.raises(ValueError):
        impl.bce_with_logits(np.zeros(0), np.zeros(0))
