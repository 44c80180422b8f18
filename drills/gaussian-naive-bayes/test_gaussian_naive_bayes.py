import numpy as np
import pytest
from sklearn.naive_bayes import GaussianNB


def _data(seed=0):
    rng = np.random.default_rng(seed)
    y = rng.choice([3, 5, 8], 90)
    X = rng.normal(size=(90, 4)) * np.array([1.0, 2.0, 0.5, 3.0]) + (y[:, None] == 5) * 1.5
    return X, y


def test_parameters_and_probabilities_match_sklearn(impl):
    X, y = _data()
    model = impl.fit_gaussian_nb(X, y)
    ref = GaussianNB().fit(X, y)
    assert np.array_equal(model["classes"], ref.classes_)
    assert np.allclose(model["means"], ref.theta_) and np.allclose(model["vars"], ref.var_)
    Xt, _ = _data(1)
    assert np.allclose(np.exp(impl.predict_log_proba(model, Xt)), ref.predict_proba(Xt))
    assert np.array_equal(impl.predict(model, Xt), ref.predict(Xt))


def test_far_away_point_gives_finite_normalised_probabilities(impl):
    X, y = _data()
    lp = impl.predict_log_proba(impl.fit_gaussian_nb(X, y), np.array([[1e4, -1e4, 1e4, 1e4]]))
    assert np.all(np.isfinite(lp)) and np.isclose(np.exp(lp).sum(), 1.0)


def test_constant_feature_within_a_class_is_smoothed(impl):
    X = np.array([[1.0, 0.0], [1.0, 1.0], [2.0, 5.0], [3.0, 6.0]])
    y = np.array([0, 0, 1, 1])
    model = impl.fit_gaussian_nb(X, y)
    ref = GaussianNB().fit(X, y)
    assert np.all(model["vars"] > 0) and np.allclose(model["vars"], ref.var_, rtol=1e-6, atol=0)
    assert np.allclose(np.exp(impl.predict_log_proba(model, X)), ref.predict_proba(X))


def test_variances_survive_a_large_offset(impl):
    X, y = _data(3)
    shifted = impl.fit_gaussian_nb(X + 1e8, y)          # E[x^2] - E[x]^2 loses every digit here
    assert np.allclose(shifted["vars"], impl.fit_gaussian_nb(X, y)["vars"], rtol=1e-6)
    assert np.allclose(shifted["vars"], GaussianNB().fit(X + 1e8, y).var_, rtol=1e-6)


def test_priors_are_class_frequencies(impl):
    X, y = _data(2)
    model = impl.fit_gaussian_nb(X, y)
    assert np.allclose(model["priors"], [np.mean(y == c) for c in (3, 5, 8)])


def test_empty_input_raises(impl):
    with pytest.raises(ValueError):
        impl.fit_gaussian_nb(np.empty((0, 2)), np.empty(0))
