import numpy as np
import pytest
from sklearn.linear_model import Perceptron


def test_hand_trace(impl):
    X = np.array([[2.0, 1.0], [-1.0, -1.0], [1.0, -2.0]])
    y = np.array([1, -1, -1])
    # epoch 1: x0 mistake (0) -> w=(2,1), b=1; x1 ok (-1*(-3+1)=2); x2: -(2-2+1) = -1 mistake -> w=(1,3), b=0
    # epoch 2: 1*(2+3)=5 ok; -1*(-1-3)=4 ok; -1*(1-6)=5 ok -> stop
    w, b, n = impl.train_perceptron(X, y)
    assert np.allclose(w, [1.0, 3.0]) and b == 0.0 and n == 2


def test_matches_sklearn_perceptron_without_shuffling(impl):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 3))
    y = np.where(X @ np.array([1.0, 2.0, -1.0]) + 0.5 > 0, 1, -1)
    w, b, _ = impl.train_perceptron(X, y, max_epochs=50)
    ref = Perceptron(shuffle=False, eta0=1.0, alpha=0.0, tol=None, max_iter=50).fit(X, y)
    assert np.allclose(w, ref.coef_[0]) and np.isclose(b, ref.intercept_[0])


def test_converges_on_separable_data(impl):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(60, 2))
    y = np.where(X[:, 0] - X[:, 1] > 0, 1, -1)
    w, b, _ = impl.train_perceptron(X, y, max_epochs=1000)
    assert np.all(np.sign(X @ w + b) == y)


def test_stops_after_max_epochs_on_xor(impl):
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([-1, 1, 1, -1])
    w, b, n = impl.train_perceptron(X, y, max_epochs=7)
    # from w = 0, b = 0 every sample is a mistake and one epoch brings w, b back to 0: 4 updates/epoch
    assert n == 28 and np.allclose(w, 0.0) and b == 0.0


def test_mismatched_lengths_raise(impl):
    with pytest.raises(ValueError):
        impl.train_perceptron(np.ones((3, 2)), np.array([1, -1]))


def test_zero_one_labels_raise(impl):
    with pytest.raises(ValueError):
        impl.train_perceptron(np.ones((2, 1)), np.array([0, 1]))
