import numpy as np
import pytest


def _stats(D):
    return np.ones(D), np.zeros(D), np.zeros(D), np.ones(D)


def test_example(impl):
    y, m, v = impl.batch_norm_forward(np.array([[1.0], [3.0]]), *_stats(1), training=True)
    assert np.allclose(y.ravel(), [-1 / np.sqrt(1 + 1e-5), 1 / np.sqrt(1 + 1e-5)])
    assert np.allclose(m, [0.2]) and np.allclose(v, [1.1])


def test_training_output_is_normalised_per_feature(impl):
    rng = np.random.default_rng(0)
    x = rng.normal(loc=[5.0, -3.0, 0.0], scale=[2.0, 0.1, 10.0], size=(64, 3))
    gamma, beta = np.array([1.0, 2.0, 0.5]), np.array([0.0, 1.0, -1.0])
    y, _, _ = impl.batch_norm_forward(x, gamma, beta, np.zeros(3), np.ones(3), training=True, eps=0.0)
    assert np.allclose(y.mean(axis=0), beta)
    assert np.allclose(y.std(axis=0), gamma)  # biased variance: exactly gamma with eps = 0


def test_running_stats_use_momentum_and_unbiased_variance(impl):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(5, 2))
    rm, rv = np.array([1.0, -1.0]), np.array([2.0, 0.5])
    _, m, v = impl.batch_norm_forward(x, np.ones(2), np.zeros(2), rm, rv, training=True, momentum=0.3)
    assert np.allclose(m, 0.7 * rm + 0.3 * x.mean(axis=0))
    assert np.allclose(v, 0.7 * rv + 0.3 * x.var(axis=0, ddof=1))


def test_eval_uses_running_stats_and_leaves_them_alone(impl):
    x = np.array([[2.0, 0.0], [4.0, 1.0], [6.0, 2.0]])
    rm, rv = np.array([1.0, 0.0]), np.array([4.0, 1.0])
    gamma, beta = np.array([1.0, 3.0]), np.array([0.5, 0.0])
    y, m, v = impl.batch_norm_forward(x, gamma, beta, rm, rv, training=False, eps=0.0)
    assert np.allclose(y, gamma * (x - rm) / np.sqrt(rv) + beta)
    assert np.array_equal(m, rm) and np.array_equal(v, rv)
    one, _, _ = impl.batch_norm_forward(x[:1], gamma, beta, rm, rv, training=False, eps=0.0)
    assert np.allclose(one, y[:1])  # eval output does not depend on the rest of the batch


def test_eps_is_added_to_the_variance_inside_the_sqrt(impl):
    x = np.array([[1.0], [3.0]])                        # batch mean 2, biased variance 1
    y, _, _ = impl.batch_norm_forward(x, *_stats(1), training=True, eps=3.0)
    assert np.allclose(y.ravel(), [-0.5, 0.5])          # / sqrt(1 + 3); sqrt(1) + 3 would give -0.25, 0.25
    y, _, _ = impl.batch_norm_forward(x, *_stats(1), training=False, eps=3.0)
    assert np.allclose(y.ravel(), [0.5, 1.5])           # running mean 0, running variance 1


def test_inputs_are_not_modified(impl):
    rng = np.random.default_rng(2)
    x = rng.normal(size=(4, 3))
    args = [x, np.ones(3), np.zeros(3), np.zeros(3), np.ones(3)]
    copies = [a.copy() for a in args]
    impl.batch_norm_forward(*args, training=True)
    assert all(np.array_equal(a, c) for a, c in zip(args, copies))


def test_single_sample_in_training_raises(impl):
    with pytest.raises(ValueError):
        impl.batch_norm_forward(np.ones((1, 3)), *_stats(3), training=True)
