import numpy as np
import pytest


def _experiment(seed, n=4000, effect=0.5, rho_scale=2.0):
    rng = np.random.default_rng(seed)
    x = rng.normal(10, 2, 2 * n)                       # pre-period metric
    y = 1.0 + rho_scale * x + rng.normal(0, 1, 2 * n)  # in-period metric, correlated with x
    t = np.arange(2 * n) < n
    y = y + effect * t
    return y[t], x[t], y[~t], x[~t]


def test_theta_is_the_pooled_regression_slope(impl):
    y_t, x_t, y_c, x_c = _experiment(0)
    out = impl.cuped_ate(y_t, x_t, y_c, x_c)
    slope = np.polyfit(np.r_[x_t, x_c], np.r_[y_t, y_c], 1)[0]
    assert np.isclose(out["theta"], slope)


def test_variance_reduction_equals_squared_correlation(impl):
    y_t, x_t, y_c, x_c = _experiment(1)
    out = impl.cuped_ate(y_t, x_t, y_c, x_c)
    r = np.corrcoef(np.r_[x_t, x_c], np.r_[y_t, y_c])[0, 1]
    assert np.isclose(out["variance_reduction"], r ** 2)
    assert out["se"] < 0.5 * out["se_unadjusted"]


def test_estimate_is_unbiased_and_more_precise(impl):
    ates, raws = [], []
    for seed in range(30):
        out = impl.cuped_ate(*_experiment(100 + seed, n=500))
        ates.append(out["ate"])
        raws.append(out["ate_unadjusted"])
    assert abs(np.mean(ates) - 0.5) < 0.03
    assert np.std(ates) < 0.5 * np.std(raws)


def test_hand_example(impl):
    y_t, x_t = np.array([3.0, 5.0]), np.array([1.0, 2.0])
    y_c, x_c = np.array([1.0, 2.0]), np.array([0.0, 1.0])
    out = impl.cuped_ate(y_t, x_t, y_c, x_c)
    # pooled x = 1, 2, 0, 1 (mean 1, var 2/3); y = 3, 5, 1, 2 (mean 2.75); cov = 4/3 -> theta = 2
    assert np.isclose(out["theta"], 2.0)
    # adjusted: t -> 3, 5 - 2 = 3 ; c -> 1 + 2 = 3, 2 -> ATE = 3 - 2.5
    assert np.isclose(out["ate"], 0.5) and np.isclose(out["ate_unadjusted"], 2.5)
    # unbiased variances: adjusted t var 0, c var 0.5 -> se 0.5; raw 2 and 0.5 -> sqrt(1.25)
    assert np.isclose(out["se"], 0.5) and np.isclose(out["se_unadjusted"], np.sqrt(1.25))
    # pooled y var 35/12, pooled y_adj (3, 3, 3, 2) var 1/4
    assert np.isclose(out["variance_reduction"], 1 - 0.25 / (35 / 12))


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.cuped_ate(np.ones(3), np.ones(3), np.ones(3), np.ones(3))     # constant covariate
    with pytest.raises(ValueError):
        impl.cuped_ate(np.ones(3), np.ones(2), np.ones(3), np.ones(3))
    with pytest.raises(ValueError):                                        # one-user group
        impl.cuped_ate(np.array([1.0]), np.array([0.0]), np.array([1.0, 2.0, 4.0]), np.array([1.0, 2.0, 3.0]))
