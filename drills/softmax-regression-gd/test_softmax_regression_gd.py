import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression


def _data(seed=0, n=150):
    rng = np.random.default_rng(seed)
    centers = np.array([[0.0, 2.0], [2.0, -1.0], [-2.0, -1.0]])
    y = rng.integers(0, 3, n)
    return centers[y] + rng.normal(scale=1.2, size=(n, 2)), y


def test_predict_proba_is_stable_for_huge_logits(impl):
    W = np.array([[1000.0, -1000.0, 0.0]])
    P = impl.predict_proba(np.array([[1.0], [-1.0]]), W, np.zeros(3))
    assert np.all(np.isfinite(P)) and np.allclose(P, [[1, 0, 0], [0, 1, 0]])


def test_first_step_gradient(impl):
    X = np.array([[1.0], [2.0]])
    y = np.array([0, 2])
    W, b = impl.fit_softmax_regression(X, y, n_classes=3, lr=1.0, n_iters=1)
    # P = 1/3 everywhere; grad W = X^T (P - Y) / n, grad b = mean(P - Y)
    G = np.full((2, 3), 1 / 3) - np.eye(3)[y]
    assert np.allclose(W, -(X.T @ G) / 2) and np.allclose(b, -G.mean(axis=0))


def test_matches_sklearn_multinomial_probabilities(impl):
    X, y = _data()
    l2 = 0.05
    W, b = impl.fit_softmax_regression(X, y, 3, lr=3.0, n_iters=200, l2=l2)
    ref = LogisticRegression(C=1.0 / (l2 * len(X)), tol=1e-8, max_iter=500).fit(X, y)
    assert np.allclose(impl.predict_proba(X, W, b), ref.predict_proba(X), atol=1e-4)
    assert np.allclose(W, ref.coef_.T, atol=1e-5)


def test_absent_class_gets_low_probability(impl):
    X, y = _data(1)
    keep = y < 2
    W, b = impl.fit_softmax_regression(X[keep], y[keep], n_classes=3, lr=1.0, n_iters=100)
    P = impl.predict_proba(X[keep], W, b)
    assert W.shape == (2, 3) and b.shape == (3,)
    assert P[:, 2].mean() < 0.02 and b[2] < min(b[0], b[1])


def test_out_of_range_label_raises(impl):
    with pytest.raises(ValueError):
        impl.fit_softmax_regression(np.ones((2, 1)), np.array([0, 3]), n_classes=3)
    with pytest.raises(ValueError):                     # a length-1 y would broadcast silently
        impl.fit_softmax_regression(np.ones((3, 1)), np.array([1]), n_classes=3)
