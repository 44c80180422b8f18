import numpy as np
import pytest


def test_output_is_masked_and_rescaled(impl):
    x = np.arange(1.0, 13.0).reshape(3, 4)
    out, mask = impl.dropout(x, 0.25, np.random.default_rng(0))
    assert mask.dtype == bool and mask.shape == x.shape
    assert np.allclose(out, x * mask / 0.75)


def test_keep_rate_and_expectation(impl):
    x = np.ones(200_000)
    out, mask = impl.dropout(x, 0.3, np.random.default_rng(1))
    assert abs(mask.mean() - 0.7) < 0.01
    assert abs(out.mean() - 1.0) < 0.015  # inverted scaling keeps E[out] = x


def test_uses_the_given_generator(impl):
    x = np.ones((50, 50))
    _, m1 = impl.dropout(x, 0.5, np.random.default_rng(42))
    _, m2 = impl.dropout(x, 0.5, np.random.default_rng(42))
    _, m3 = impl.dropout(x, 0.5, np.random.default_rng(7))
    assert np.array_equal(m1, m2) and not np.array_equal(m1, m3)


def test_eval_mode_is_identity(impl):
    x = np.array([1.0, -2.0, 3.0])
    out, mask = impl.dropout(x, 0.9, np.random.default_rng(0), training=False)
    assert np.array_equal(out, x) and mask.all()


def test_eval_mode_does_not_consume_the_generator(impl):
    rng = np.random.default_rng(3)
    impl.dropout(np.ones(5), 0.5, rng, training=False)
    assert rng.random() == np.random.default_rng(3).random()


def test_p_zero_and_p_one(impl):
    x = np.array([[1.0, 2.0], [3.0, 4.0]])
    out0, mask0 = impl.dropout(x, 0.0, np.random.default_rng(0))
    assert np.array_equal(out0, x) and mask0.all()
    with np.errstate(divide="raise", invalid="raise"):
        out1, mask1 = impl.dropout(x, 1.0, np.random.default_rng(0))
    assert np.array_equal(out1, np.zeros_like(x)) and not mask1.any()


def test_invalid_p_raises(impl):
    with pytest.raises(ValueError):
        impl.dropout(np.ones(3), 1.5, np.random.default_rng(0))
    with pytest.raises(ValueError):
        impl.dropout(np.ones(3), -0.1, np.random.default_rng(0))
