import numpy as np
import pytest
from sklearn.svm import SVC


def _data(seed=0, n=100):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 2))
    y = np.where(X @ np.array([1.0, -1.0]) + 0.3 + rng.normal(scale=0.5, size=n) > 0, 1, -1)
    return X, y


def test_objective_by_hand(impl):
    X = np.array([[1.0, 0.0], [0.0, 1.0]])
    y = np.array([1, -1])
    # margins: 1 * (2 + 0.5) = 2.5 -> hinge 0; -1 * (0 + 0.5) = -0.5 -> hinge 1.5
    assert np.isclose(impl.svm_objective(np.array([2.0, 0.0]), 0.5, X, y, 0.1), 0.5 * 0.1 * 4 + 0.75)


def test_subgradient_ignores_points_on_the_margin(impl):
    X = np.array([[1.0, 0.0], [0.0, 1.0], [0.5, 0.5]])
    y = np.array([1, -1, 1])
    w, b = np.array([1.0, 0.0]), 0.0          # margins: exactly 1, 0 (< 1), 0.5 (< 1)
    g_w, g_b = impl.svm_subgradient(w, b, X, y, lam=0.2)
    assert np.allclose(g_w, 0.2 * w - (-1 * X[1] + X[2]) / 3) and np.isclose(g_b, 0.0)


def test_reaches_the_optimum_found_by_sklearn(impl):
    X, y = _data()
    lam = 0.05
    w, b = impl.fit_linear_svm(X, y, lam=lam, n_iters=500)
    svc = SVC(kernel="linear", C=1.0 / (lam * len(X)), tol=1e-8).fit(X, y)   # same objective, scaled
    opt = impl.svm_objective(svc.coef_[0], svc.intercept_[0], X, y, lam)
    assert impl.svm_objective(w, b, X, y, lam) <= opt * (1 + 1e-4)
    assert np.allclose(w, svc.coef_[0], atol=0.02)


def test_returns_the_best_iterate_so_far(impl):
    X, y = _data(1)
    objs = [impl.svm_objective(*impl.fit_linear_svm(X, y, lam=0.05, n_iters=t), X, y, 0.05) for t in range(0, 25)]
    assert objs[0] == 1.0                      # no step: w = 0, b = 0, every hinge is 1
    assert np.all(np.diff(objs) <= 1e-12)      # best-so-far can only improve with more steps


def test_separable_data_is_classified_correctly(impl):
    rng = np.random.default_rng(3)
    X = np.r_[rng.normal(size=(30, 2)) + 4, rng.normal(size=(30, 2)) - 4]
    y = np.r_[np.ones(30), -np.ones(30)]
    w, b = impl.fit_linear_svm(X, y, lam=0.01, n_iters=200)
    assert np.all(np.sign(X @ w + b) == y)


def test_invalid_labels_raise(impl):
    with pytest.raises(ValueError):
        impl.fit_linear_svm(np.ones((2, 1)), np.array([0, 1]))
    with pytest.raises(ValueError):
        impl.fit_linear_svm(np.ones((2, 1)), np.array([-1, 1]), lam=0.0)
    with pytest.raises(ValueError):
        impl.fit_linear_svm(np.ones((3, 1)), np.array([-1, 1]))
