import numpy as np
import pytest


def test_example(impl):
    x = np.array([[1.0, 2.0]])
    W = np.array([[1.0, 0.0, -1.0], [0.5, 1.0, 2.0]])
    assert np.allclose(impl.dense_forward(x, W, np.zeros(3)), [[2.0, 2.0, 3.0]])
    dx, dW, db = impl.dense_backward(np.ones((1, 3)), x, W)
    assert np.allclose(dx, [[0.0, 3.5]]) and np.allclose(db, [1.0, 1.0, 1.0])
    assert np.allclose(dW, [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]])


def test_gradients_match_finite_differences(impl, num_grad):
    rng = np.random.default_rng(0)
    x, W, b = rng.normal(size=(5, 4)), rng.normal(size=(4, 3)), rng.normal(size=3)
    G = rng.normal(size=(5, 3))  # loss = sum(G * y), so dL/dy = G

    def loss():
        return float(np.sum(G * impl.dense_forward(x, W, b)))

    dx, dW, db = impl.dense_backward(G, x, W)
    assert dx.shape == x.shape and dW.shape == W.shape and db.shape == b.shape
    assert np.allclose(dx, num_grad(loss, x), atol=1e-6)
    assert np.allclose(dW, num_grad(loss, W), atol=1e-6)
    assert np.allclose(db, num_grad(loss, b), atol=1e-6)


def test_bias_gradient_sums_over_the_batch(impl):
    x = np.zeros((4, 2))
    W = np.zeros((2, 3))
    dy = np.tile([1.0, 2.0, 3.0], (4, 1))
    _, dW, db = impl.dense_backward(dy, x, W)
    assert np.allclose(db, [4.0, 8.0, 12.0])
    assert np.allclose(dW, 0.0)


def test_non_square_shapes(impl):
    rng = np.random.default_rng(1)
    x, W = rng.normal(size=(7, 2)), rng.normal(size=(2, 5))
    dy = rng.normal(size=(7, 5))
    dx, dW, db = impl.dense_backward(dy, x, W)
    assert dx.shape == (7, 2) and dW.shape == (2, 5) and db.shape == (5,)
    assert np.allclose(dW, sum(np.outer(x[n], dy[n]) for n in range(7)))


def test_shape_mismatch_raises(impl):
    with pytest.raises(ValueError):
        impl.dense_forward(np.ones((2, 3)), np.ones((4, 5)), np.zeros(5))
    with pytest.raises(ValueError):
        impl.dense_forward(np.ones((2, 3)), np.ones((3, 5)), np.zeros(4))
