import numpy as np
import pytest
from sklearn.linear_model import LinearRegression, Ridge


def _data(seed=0, n=40, d=4):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d)) + 5.0   # non-zero mean: penalising b would show
    y = X @ rng.normal(size=d) + 10.0 + rng.normal(size=n)
    return X, y


@pytest.mark.parametrize("alpha", [0.1, 1.0, 25.0])
def test_matches_sklearn_ridge(impl, alpha):
    X, y = _data()
    w, b = impl.fit_ridge(X, y, alpha)
    ref = Ridge(alpha=alpha).fit(X, y)
    assert np.allclose(w, ref.coef_) and np.isclose(b, ref.intercept_)


def test_alpha_zero_is_ordinary_least_squares(impl):
    X, y = _data(1)
    w, b = impl.fit_ridge(X, y, 0.0)
    ref = LinearRegression().fit(X, y)
    assert np.allclose(w, ref.coef_) and np.isclose(b, ref.intercept_)


def test_huge_alpha_shrinks_weights_but_not_intercept(impl):
    X, y = _data(2)
    w, b = impl.fit_ridge(X, y, 1e10)
    assert np.allclose(w, 0.0, atol=1e-6) and np.isclose(b, y.mean(), atol=1e-4)


def test_alpha_zero_with_more_features_than_samples_is_minimum_norm(impl):
    # X_c^T X_c is singular here: a plain solve fails, lstsq gives the minimum-norm fit
    rng = np.random.default_rng(4)
    X, y = rng.normal(size=(6, 15)), rng.normal(size=6)
    w, b = impl.fit_ridge(X, y, 0.0)
    ref = LinearRegression().fit(X, y)
    assert np.allclose(w, ref.coef_) and np.isclose(b, ref.intercept_)
    assert np.allclose(X @ w + b, y)                     # interpolates the training data


def test_more_features_than_samples(impl):
    rng = np.random.default_rng(3)
    X, y = rng.normal(size=(5, 20)), rng.normal(size=5)
    w, b = impl.fit_ridge(X, y, 0.5)
    ref = Ridge(alpha=0.5).fit(X, y)
    assert np.allclose(w, ref.coef_) and np.isclose(b, ref.intercept_)


def test_negative_alpha_and_bad_shapes_raise(impl):
    with pytest.raises(ValueError):
        impl.fit_ridge(np.ones((3, 2)), np.ones(3), -1.0)
    with pytest.raises(ValueError):
        impl.fit_ridge(np.ones((3, 2)), np.ones(2), 1.0)
    with pytest.raises(ValueError):
        impl.fit_ridge(np.empty((0, 2)), np.empty(0), 1.0)
