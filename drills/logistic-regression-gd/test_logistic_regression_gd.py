import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression


def _data(seed=0, n=200):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3))
    p = 1 / (1 + np.exp(-(X @ np.array([2.0, -1.0, 0.5]) + 0.3)))
    return X, (rng.random(n) < p).astype(int)


def test_sigmoid_is_stable_for_large_inputs(impl):
    with np.errstate(over="raise", invalid="raise"):
        out = impl.sigmoid(np.array([-1000.0, -20.0, 0.0, 20.0, 1000.0]))
    assert np.allclose(out, [0.0, 2.0611536e-09, 0.5, 1 - 2.0611536e-09, 1.0])


def test_first_step_moves_along_negative_gradient(impl):
    X = np.array([[1.0], [-1.0], [2.0]])
    y = np.array([1, 0, 1])
    w, b = impl.fit_logistic_regression(X, y, lr=1.0, n_iters=1)
    # at w = b = 0, p = 0.5: grad_w = mean((0.5 - y) * x) = -2/3, grad_b = mean(0.5 - y) = -1/6
    assert np.allclose(w, [2 / 3]) and np.isclose(b, 1 / 6)


def test_matches_sklearn_l2_solution(impl):
    X, y = _data()
    l2 = 0.1
    w, b = impl.fit_logistic_regression(X, y, lr=2.0, n_iters=300, l2=l2)
    ref = LogisticRegression(C=1.0 / (l2 * len(X)), tol=1e-10, max_iter=1000).fit(X, y)
    assert np.allclose(w, ref.coef_[0], atol=1e-4) and np.isclose(b, ref.intercept_[0], atol=1e-4)
    assert np.allclose(impl.predict_proba(X, w, b), ref.predict_proba(X)[:, 1], atol=1e-4)


def test_unregularised_fit_separates_the_classes(impl):
    X, y = _data(1)
    w, b = impl.fit_logistic_regression(X, y, lr=1.0, n_iters=200)
    acc = np.mean((impl.predict_proba(X, w, b) > 0.5) == y)
    assert acc > 0.8 and w[0] > 0 > w[1]


def test_rejects_labels_that_are_not_zero_one(impl):
    with pytest.raises(ValueError):
        impl.fit_logistic_regression(np.ones((3, 1)), np.array([-1, 1, 1]))


def test_rejects_mismatched_lengths(impl):
    with pytest.raises(ValueError):                     # a length-1 y would broadcast silently
        impl.fit_logistic_regression(np.ones((3, 1)), np.array([1]))
