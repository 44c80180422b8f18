import numpy as np
import pytest


def _confounded(seed, n=20000):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=n)
    e = 1 / (1 + np.exp(-1.5 * x))                    # sicker (high x) units are treated more
    t = (rng.random(n) < e).astype(int)
    y = 2.0 * t + 3.0 * x + rng.normal(size=n)        # true ATE = 2, x also raises y
    return y, t, e


def test_removes_confounding_bias(impl):
    y, t, e = _confounded(0)
    naive = y[t == 1].mean() - y[t == 0].mean()
    assert naive > 3.0                                # badly biased
    assert abs(impl.ipw_ate(y, t, e, clip=0.0) - 2.0) < 0.15
    assert abs(impl.ipw_ate(y, t, e, clip=0.0, normalized=False) - 2.0) < 0.3


def test_hand_example_both_estimators(impl):
    y = np.array([3.0, 1.0, 2.0, 0.0])
    t = np.array([1, 1, 0, 0])
    e = np.array([0.5, 0.25, 0.5, 0.75])
    # HT: (3/.5 + 1/.25)/4 - (2/.5 + 0/.25)/4 = 2.5 - 1.0
    assert np.isclose(impl.ipw_ate(y, t, e, clip=0.0, normalized=False), 1.5)
    # Hajek: (6 + 4)/(2 + 4) - (4 + 0)/(2 + 4)
    assert np.isclose(impl.ipw_ate(y, t, e, clip=0.0), 10 / 6 - 4 / 6)


def test_hajek_is_shift_invariant_but_ht_is_not(impl):
    y, t, e = _confounded(1, n=2000)
    hajek = impl.ipw_ate(y, t, e, clip=0.0)
    ht = impl.ipw_ate(y, t, e, clip=0.0, normalized=False)
    assert np.isclose(impl.ipw_ate(y + 100, t, e, clip=0.0), hajek)
    assert not np.isclose(impl.ipw_ate(y + 100, t, e, clip=0.0, normalized=False), ht, atol=0.5)


def test_clipping_bounds_the_weights(impl):
    y = np.array([10.0, 0.0, 0.0, 0.0])
    t = np.array([1, 1, 0, 0])
    e = np.array([1e-6, 0.5, 0.5, 0.5])
    # with clip 0.1 the first unit's weight is 10, not 1e6
    assert np.isclose(impl.ipw_ate(y, t, e, clip=0.1, normalized=False), (10 / 0.1) / 4)


def test_clipping_is_two_sided(impl):
    y = np.array([0.0, 0.0, 10.0, 0.0])
    t = np.array([1, 1, 0, 0])
    e = np.array([0.5, 0.5, 1 - 1e-6, 0.5])
    # a control unit with e near 1 has weight 1 / (1 - e): clipped to 1 - 0.1 it is 10, not 1e6
    assert np.isclose(impl.ipw_ate(y, t, e, clip=0.1, normalized=False), -(10 / 0.1) / 4)


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.ipw_ate(np.ones(3), np.array([1, 1, 1]), np.full(3, 0.5))
    with pytest.raises(ValueError):
        impl.ipw_ate(np.ones(3), np.array([1, 0, 2]), np.full(3, 0.5))
    with pytest.raises(ValueError):
        impl.ipw_ate(np.ones(3), np.array([1, 0, 1]), np.full(3, 0.5), clip=0.5)
    with pytest.raises(ValueError):                   # a length-1 propensity would broadcast silently
        impl.ipw_ate(np.ones(3), np.array([1, 0, 1]), np.array([0.5]))
