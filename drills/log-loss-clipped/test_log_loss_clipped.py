import numpy as np
import pytest
from sklearn.metrics import log_loss as sk_log_loss


def test_binary_matches_sklearn(impl):
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 100)
    p = rng.uniform(0.05, 0.95, 100)
    assert np.isclose(impl.log_loss(y, p), sk_log_loss(y, p))


def test_multiclass_matches_sklearn(impl):
    rng = np.random.default_rng(1)
    P = rng.dirichlet(np.ones(4), 80)
    y = rng.integers(0, 4, 80)
    assert np.isclose(impl.log_loss(y, P), sk_log_loss(y, P, labels=[0, 1, 2, 3]))


def test_confident_mistake_is_clipped_not_infinite(impl):
    out = impl.log_loss(np.array([1, 0]), np.array([0.0, 0.0]))
    assert np.isclose(out, -np.log(1e-15) / 2)
    out = impl.log_loss(np.array([0]), np.array([[0.0, 1.0]]), eps=1e-7)
    assert np.isclose(out, -np.log(1e-7))


def test_perfect_prediction_costs_almost_nothing(impl):
    out = impl.log_loss(np.array([1, 0, 1]), np.array([1.0, 0.0, 1.0]))
    assert 0 < out < 1e-14


def test_hand_value(impl):
    assert np.isclose(impl.log_loss(np.array([1, 0]), np.array([0.8, 0.4])), -(np.log(0.8) + np.log(0.6)) / 2)


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.log_loss(np.array([0, 1]), np.array([[0.5, 0.6], [0.5, 0.5]]))
    with pytest.raises(ValueError):
        impl.log_loss(np.array([], int), np.array([]))
    with pytest.raises(ValueError):
        impl.log_loss(np.array([2]), np.array([[0.5, 0.5]]))
    with pytest.raises(ValueError):                     # binary label out of range
        impl.log_loss(np.array([0, 2]), np.array([0.5, 0.5]))
    with pytest.raises(ValueError):                     # a length-1 proba would broadcast silently
        impl.log_loss(np.array([0, 1, 1]), np.array([0.5]))
