import numpy as np
import pytest


def test_example(impl):
    out = impl.apply_rope(np.array([[1.0, 0.0, 1.0, 0.0]]), np.array([1]))
    assert np.allclose(out, [[np.cos(1), np.sin(1), np.cos(0.01), np.sin(0.01)]])


def test_position_zero_is_identity_and_norms_are_kept(impl):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 5, 8))
    assert np.allclose(impl.apply_rope(x[:, :1], np.array([0])), x[:, :1])
    y = impl.apply_rope(x, np.arange(5))
    pair_norm = lambda a: np.hypot(a[..., 0::2], a[..., 1::2])
    assert np.allclose(pair_norm(y), pair_norm(x))


def test_scores_depend_only_on_relative_position(impl):
    rng = np.random.default_rng(1)
    q, k = rng.normal(size=(1, 16)), rng.normal(size=(1, 16))
    def score(m, n):
        return float(np.sum(impl.apply_rope(q, np.array([m])) * impl.apply_rope(k, np.array([n]))))
    assert np.isclose(score(3, 1), score(103, 101))
    assert np.isclose(score(0, 7), score(50, 57))
    assert not np.isclose(score(3, 1), score(1, 3))


def test_explicit_positions_and_leading_dims(impl):
    rng = np.random.default_rng(2)
    x = rng.normal(size=(2, 3, 3, 6))
    pos = np.array([10, 11, 12])
    y = impl.apply_rope(x, pos)
    for l, p in enumerate(pos):
        single = impl.apply_rope(x[..., l : l + 1, :], np.array([p]))
        assert np.allclose(y[..., l : l + 1, :], single)
    theta = 10000.0 ** (-np.arange(0, 6, 2) / 6)
    a = 10 * theta[2]
    assert np.allclose(y[0, 0, 0, 4], x[0, 0, 0, 4] * np.cos(a) - x[0, 0, 0, 5] * np.sin(a))


def test_invalid_shapes(impl):
    with pytest.raises(ValueError):
        impl.apply_rope(np.zeros((2, 5)), np.arange(2))
    with pytest.raises(ValueError):
        impl.apply_rope(np.zeros((2, 4)), np.arange(3))
