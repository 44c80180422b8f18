import numpy as np
import pytest


def test_hand_computed_round(impl):
    w = np.full(4, 0.25)
    y = np.array([1, 1, -1, -1])
    pred = np.array([1, 1, -1, 1])                      # one mistake: err = 0.25
    alpha, new = impl.adaboost_round(w, y, pred)
    assert np.isclose(alpha, 0.5 * np.log(3))
    assert np.allclose(new, [1 / 6, 1 / 6, 1 / 6, 1 / 2])


def test_last_learner_has_error_one_half_under_new_weights(impl):
    rng = np.random.default_rng(0)
    w = rng.random(50)
    y = rng.choice([-1, 1], 50)
    pred = np.where(rng.random(50) < 0.3, -y, y)
    _, new = impl.adaboost_round(w, y, pred)
    assert np.isclose(new.sum(), 1.0) and np.isclose(new[pred != y].sum(), 0.5)


def test_unnormalised_input_weights(impl):
    y = np.array([1, -1, 1])
    pred = np.array([1, 1, 1])
    a1, n1 = impl.adaboost_round(np.array([1.0, 1.0, 2.0]), y, pred)
    a2, n2 = impl.adaboost_round(np.array([0.25, 0.25, 0.5]), y, pred)
    assert np.isclose(a1, a2) and np.allclose(n1, n2) and np.isclose(a1, 0.5 * np.log(3))


def test_perfect_learner_gets_large_finite_alpha(impl):
    y = np.array([1, -1, 1, -1])
    alpha, new = impl.adaboost_round(np.full(4, 0.25), y, y.copy())
    assert np.isfinite(alpha) and alpha > 10 and np.all(np.isfinite(new)) and np.allclose(new, 0.25)


def test_weighted_vote_and_zero_score(impl):
    alphas = np.array([0.5, 0.3, 0.2])
    preds = np.array([[1, -1, 1], [-1, -1, 1], [-1, 1, -1]])
    assert impl.adaboost_predict(alphas, preds).tolist() == [1, -1, 1]
    assert impl.adaboost_predict(np.array([1.0, 1.0]), np.array([[1], [-1]])).tolist() == [1]


def test_bad_labels_and_zero_weights_raise(impl):
    with pytest.raises(ValueError):
        impl.adaboost_round(np.ones(2), np.array([0, 1]), np.array([1, 1]))
    with pytest.raises(ValueError):
        impl.adaboost_round(np.zeros(2), np.array([1, 1]), np.array([1, 1]))
    with pytest.raises(ValueError):                     # would silently broadcast without a check
        impl.adaboost_round(np.ones(3), np.array([1, -1, 1]), np.array([1]))
