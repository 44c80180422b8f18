import numpy as np
import pytest


def test_fans_dense_and_conv(impl):
    assert impl.compute_fans((784, 256)) == (784, 256)
    assert impl.compute_fans((64, 3, 3, 3)) == (27, 576)
    assert impl.compute_fans((8, 4, 5)) == (20, 40)  # 1-D conv
    assert impl.compute_fans((2, 3, 1, 2, 2)) == (12, 8)  # 3-D conv
    with pytest.raises(ValueError):
        impl.compute_fans((10,))


def test_xavier_bound_and_variance(impl):
    w = impl.xavier_uniform((400, 600), np.random.default_rng(0))
    a = np.sqrt(6.0 / 1000)
    assert w.shape == (400, 600) and w.dtype == np.float64
    assert np.abs(w).max() <= a and np.abs(w).max() > 0.99 * a
    assert abs(w.var() - 2.0 / 1000) < 0.02 * (2.0 / 1000)


def test_xavier_gain_and_conv_shape(impl):
    w = impl.xavier_uniform((32, 16, 3, 3), np.random.default_rng(1), gain=np.sqrt(2.0))
    a = np.sqrt(2.0) * np.sqrt(6.0 / (16 * 9 + 32 * 9))
    assert np.abs(w).max() <= a and np.abs(w).max() > 0.99 * a


def test_he_normal_scale_uses_fan_in(impl):
    w = impl.he_normal((1000, 500), np.random.default_rng(2))
    assert abs(w.std() - np.sqrt(2.0 / 1000)) < 0.01 * np.sqrt(2.0 / 1000)
    assert abs(w.mean()) < 1e-3
    c = impl.he_normal((128, 64, 3, 3), np.random.default_rng(3))
    assert abs(c.std() - np.sqrt(2.0 / 576)) < 0.02 * np.sqrt(2.0 / 576)


def test_he_keeps_relu_activations_from_shrinking(impl):
    rng = np.random.default_rng(4)
    x = rng.normal(size=(500, 256))
    for _ in range(10):
        x = np.maximum(x @ impl.he_normal((256, 256), rng), 0.0)
    # E[x^2] stays of order 1 through 10 ReLU layers; with variance 1/fan_in it would shrink by 2^10
    assert 0.25 < np.mean(x**2) < 4.0


def test_draws_from_the_given_generator(impl):
    a = impl.xavier_uniform((5, 5), np.random.default_rng(7))
    b = impl.xavier_uniform((5, 5), np.random.default_rng(7))
    c = impl.he_normal((5, 5), np.random.default_rng(7))
    d = impl.he_normal((5, 5), np.random.default_rng(7))
    assert np.array_equal(a, b) and np.array_equal(c, d)
