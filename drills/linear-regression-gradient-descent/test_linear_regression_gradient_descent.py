import numpy as np
import pytest


def test_first_step_matches_hand_computation(impl):
    X = np.array([[1.0], [2.0], [3.0]])
    y = np.array([2.0, 4.0, 6.0])
    w, b, losses = impl.fit_linear_regression_gd(X, y, lr=0.1, n_iters=1)
    # r = -y; dw = (2/3) * (-28), db = (2/3) * (-12)
    assert np.allclose(w, [0.1 * 56 / 3]) and np.isclose(b, 0.8)
    assert np.allclose(losses, [56 / 3])


def test_converges_to_least_squares_solution(impl):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(100, 3))
    y = X @ np.array([2.0, -1.0, 0.5]) + 4.0 + rng.normal(scale=0.1, size=100)
    w, b, _ = impl.fit_linear_regression_gd(X, y, lr=0.1, n_iters=500)
    A = np.column_stack([X, np.ones(100)])
    ref = np.linalg.lstsq(A, y, rcond=None)[0]
    assert np.allclose(w, ref[:3], atol=1e-6) and np.isclose(b, ref[3], atol=1e-6)


def test_loss_history_is_recorded_before_each_step_and_decreases(impl):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(30, 2))
    y = rng.normal(size=30)
    _, _, losses = impl.fit_linear_regression_gd(X, y, lr=0.05, n_iters=50)
    assert losses.shape == (50,)
    assert np.isclose(losses[0], np.mean(y ** 2))
    assert np.all(np.diff(losses) <= 1e-12)


def test_empty_or_mismatched_input_raises(impl):
    with pytest.raises(ValueError):
        impl.fit_linear_regression_gd(np.empty((0, 2)), np.empty(0))
    with pytest.raises(ValueError):
        impl.fit_linear_regression_gd(np.ones((3, 2)), np.ones(2))
