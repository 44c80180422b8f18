import numpy as np
import pytest
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, mean_squared_error, r2_score


def test_hand_example(impl):
    out = impl.regression_metrics(np.array([2.0, 4.0, 6.0]), np.array([3.0, 4.0, 3.0]))
    # errors -1, 0, 3
    assert np.isclose(out["mae"], 4 / 3) and np.isclose(out["rmse"], np.sqrt(10 / 3))
    assert np.isclose(out["mape"], (0.5 + 0 + 0.5) / 3) and np.isclose(out["r2"], 1 - 10 / 8)


def test_matches_sklearn(impl):
    rng = np.random.default_rng(0)
    y = rng.normal(10, 3, 200)
    f = y + rng.normal(0, 2, 200)
    out = impl.regression_metrics(y, f)
    assert np.isclose(out["mae"], mean_absolute_error(y, f))
    assert np.isclose(out["rmse"], np.sqrt(mean_squared_error(y, f)))
    assert np.isclose(out["mape"], mean_absolute_percentage_error(y, f))
    assert np.isclose(out["r2"], r2_score(y, f))


def test_zero_target_keeps_mape_finite(impl):
    y, f = np.array([0.0, 2.0]), np.array([1.0, 2.0])
    out = impl.regression_metrics(y, f)
    assert np.isfinite(out["mape"]) and np.isclose(out["mape"], mean_absolute_percentage_error(y, f))


def test_constant_target_r2(impl):
    y = np.full(4, 3.0)
    assert impl.regression_metrics(y, y)["r2"] == 1.0
    assert impl.regression_metrics(y, y + 1)["r2"] == 0.0


def test_r2_can_be_negative_and_mean_predictor_scores_zero(impl):
    y = np.array([1.0, 2.0, 3.0, 4.0])
    assert np.isclose(impl.regression_metrics(y, np.full(4, 2.5))["r2"], 0.0)
    assert impl.regression_metrics(y, y[::-1])["r2"] < 0


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.regression_metrics(np.array([]), np.array([]))
    with pytest.raises(ValueError):
        impl.regression_metrics(np.array([1.0, 2.0]), np.array([1.0]))
