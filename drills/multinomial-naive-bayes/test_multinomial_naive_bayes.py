import numpy as np
import pytest
from sklearn.naive_bayes import MultinomialNB


def _data(seed=0):
    rng = np.random.default_rng(seed)
    y = rng.choice(["ham", "spam"], 60)
    rates = np.where((y == "spam")[:, None], [3.0, 0.5, 1.0, 0.1, 2.0], [0.5, 2.0, 1.0, 1.5, 0.2])
    return rng.poisson(rates), y


@pytest.mark.parametrize("alpha", [1.0, 0.1])
def test_matches_sklearn(impl, alpha):
    X, y = _data()
    model = impl.fit_multinomial_nb(X, y, alpha)
    ref = MultinomialNB(alpha=alpha).fit(X, y)
    assert np.allclose(model["feature_log_prob"], ref.feature_log_prob_)
    assert np.allclose(model["class_log_prior"], ref.class_log_prior_)
    Xt, _ = _data(1)
    assert np.allclose(impl.predict_log_proba(model, Xt), ref.predict_log_proba(Xt))
    assert np.array_equal(impl.predict(model, Xt), ref.predict(Xt))


def test_laplace_smoothing_by_hand(impl):
    X = np.array([[2, 0, 1], [0, 0, 3]])
    y = np.array([0, 1])
    model = impl.fit_multinomial_nb(X, y, alpha=1.0)
    # class 0: counts (2, 0, 1) + 1 over 3 + 3 -> (3/6, 1/6, 2/6)
    assert np.allclose(np.exp(model["feature_log_prob"][0]), [0.5, 1 / 6, 1 / 3])
    assert np.all(np.isfinite(model["feature_log_prob"]))


def test_long_documents_do_not_underflow(impl):
    X, y = _data()
    model = impl.fit_multinomial_nb(X, y)
    lp = impl.predict_log_proba(model, np.array([[5000, 0, 0, 0, 4000]]))
    assert np.all(np.isfinite(lp)) and np.isclose(np.exp(lp).sum(), 1.0)


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.fit_multinomial_nb(np.ones((2, 2)), np.array([0, 1]), alpha=0.0)
    with pytest.raises(ValueError):
        impl.fit_multinomial_nb(np.array([[1, -1], [0, 2]]), np.array([0, 1]))
    with pytest.raises(ValueError):
        impl.fit_multinomial_nb(np.empty((0, 3)), np.empty(0, dtype=int))
