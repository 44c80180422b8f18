import numpy as np
import pytest
from sklearn.linear_model import LinearRegression


def _data(seed=0, n=50, d=3):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    y = X @ np.array([1.5, -2.0, 0.5]) + 3.0 + rng.normal(scale=0.1, size=n)
    return X, y


def test_matches_sklearn_with_intercept(impl):
    X, y = _data()
    w, b = impl.fit_linear_regression(X, y)
    ref = LinearRegression().fit(X, y)
    assert np.allclose(w, ref.coef_) and np.isclose(b, ref.intercept_)


def test_without_intercept_matches_sklearn(impl):
    X, y = _data(1)
    w, b = impl.fit_linear_regression(X, y, fit_intercept=False)
    ref = LinearRegression(fit_intercept=False).fit(X, y)
    assert np.allclose(w, ref.coef_) and b == 0.0


def test_noiseless_data_is_recovered_exactly(impl):
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    w, b = impl.fit_linear_regression(X, 2.0 * X[:, 0] - 1.0)
    assert np.allclose(w, [2.0]) and np.isclose(b, -1.0)


def test_duplicated_column_gives_minimum_norm_solution(impl):
    X, y = _data(2)
    X2 = np.column_stack([X[:, 0], X[:, 0], X[:, 1:]])  # X^T X is singular
    w, b = impl.fit_linear_regression(X2, y)
    ref = LinearRegression().fit(X2, y)
    assert np.all(np.isfinite(w))
    assert np.allclose(w, ref.coef_, atol=1e-8) and np.isclose(w[0], w[1])
    assert np.isclose(b, ref.intercept_)


def test_constant_column_gets_zero_weight_the_intercept_is_not_in_the_norm(impl):
    X, y = _data(3)
    X2 = np.column_stack([X, np.full(len(X), 2.0)])     # collinear with the intercept
    w, b = impl.fit_linear_regression(X2, y)
    ref = LinearRegression().fit(X, y)
    # a minimum-norm solve over (w, b) jointly would split the intercept between b and w[3]
    assert np.isclose(w[3], 0.0, atol=1e-10) and np.allclose(w[:3], ref.coef_) and np.isclose(b, ref.intercept_)


def test_bad_shapes_and_empty_input_raise(impl):
    with pytest.raises(ValueError):
        impl.fit_linear_regression(np.ones((3, 2)), np.ones(4))
    with pytest.raises(ValueError):
        impl.fit_linear_regression(np.empty((0, 2)), np.empty(0))
