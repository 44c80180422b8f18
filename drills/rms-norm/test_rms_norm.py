import numpy as np


def test_example(impl):
    assert np.allclose(impl.rms_norm(np.array([3.0, 4.0]), np.ones(2), eps=0.0), [3 / np.sqrt(12.5), 4 / np.sqrt(12.5)])


def test_does_not_subtract_the_mean(impl):
    x = np.array([[1.0, 2.0, 3.0], [10.0, 10.0, 10.0]])
    y = impl.rms_norm(x, np.ones(3), eps=0.0)
    assert np.allclose(y[1], 1.0)  # layer norm would give zeros here
    assert np.allclose(np.sqrt(np.mean(y**2, axis=-1)), 1.0)


def test_weight_scales_each_feature_and_leading_dims_work(impl):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 3, 4))
    w = np.array([1.0, 2.0, 0.5, -1.0])
    y = impl.rms_norm(x, w)
    rms = np.sqrt(np.mean(x**2, axis=-1, keepdims=True) + 1e-6)
    assert y.shape == x.shape and np.allclose(y, x / rms * w)


def test_eps_is_inside_the_square_root(impl):
    x = np.array([0.001, 0.001])
    y = impl.rms_norm(x, np.ones(2), eps=1e-6)
    assert np.allclose(y, 0.001 / np.sqrt(1e-6 + 1e-6))  # eps outside would give 0.001 / (1e-3 + 1e-6)


def test_zero_vector_gives_zeros(impl):
    y = impl.rms_norm(np.zeros((2, 4)), np.ones(4))
    assert np.all(np.isfinite(y)) and np.allclose(y, 0.0)


def test_scale_invariance(impl):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(3, 8))
    w = rng.normal(size=8)
    assert np.allclose(impl.rms_norm(x, w, eps=0.0), impl.rms_norm(1000.0 * x, w, eps=0.0))
