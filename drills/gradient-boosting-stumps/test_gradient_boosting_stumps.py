import numpy as np
import pytest
from sklearn.ensemble import GradientBoostingRegressor


def _data(seed=0, n=80):
    rng = np.random.default_rng(seed)
    X = rng.integers(0, 500, size=(n, 3)).astype(float)   # exact in float32, like sklearn's trees
    y = np.sin(X[:, 0] / 80) + 0.002 * X[:, 1] + rng.normal(scale=0.1, size=n)
    return X, y


def test_matches_sklearn_with_depth_one_trees(impl):
    X, y = _data()
    model = impl.fit_gradient_boosting(X, y, n_estimators=20, learning_rate=0.3)
    ref = GradientBoostingRegressor(n_estimators=20, learning_rate=0.3, max_depth=1,
                                    random_state=0).fit(X, y)
    Xt, _ = _data(1)
    assert np.allclose(impl.predict_gradient_boosting(model, Xt), ref.predict(Xt))
    assert [s[0] for s in model["stumps"]] == [int(t.tree_.feature[0]) for t in ref.estimators_[:, 0]]


def test_first_stump_by_hand(impl):
    X = np.array([[1.0], [2.0], [3.0], [4.0]])
    y = np.array([1.0, 1.0, 3.0, 7.0])
    model = impl.fit_gradient_boosting(X, y, n_estimators=1, learning_rate=0.5)
    assert model["init"] == 3.0
    # residuals -2, -2, 0, 4: SSE is 18.7 / 8 / 2.67 for cuts at 1.5 / 2.5 / 3.5
    j, t, left, right = model["stumps"][0]
    assert (j, t) == (0, 3.5) and np.isclose(left, -4 / 3) and np.isclose(right, 4.0)
    assert np.allclose(impl.predict_gradient_boosting(model, X), 3.0 + 0.5 * np.array([-4 / 3, -4 / 3, -4 / 3, 4.0]))


def test_split_ties_go_to_lowest_feature_then_smallest_threshold(impl):
    col = np.array([0.0, 1.0, 2.0, 3.0])
    # residuals -.5, .5, .5, -.5: the cuts at 0.5 and 2.5 reduce the error equally; 1.5 not at all
    model = impl.fit_gradient_boosting(np.column_stack([col, col]), np.array([0.0, 1.0, 1.0, 0.0]), 1)
    j, t, left, right = model["stumps"][0]
    assert (j, t) == (0, 0.5) and np.isclose(left, -0.5) and np.isclose(right, 1 / 6)


def test_training_loss_never_increases(impl):
    X, y = _data(2)
    prev = np.inf
    for m in (0, 1, 5, 20):
        model = impl.fit_gradient_boosting(X, y, n_estimators=m, learning_rate=0.5)
        mse = np.mean((impl.predict_gradient_boosting(model, X) - y) ** 2)
        assert mse <= prev + 1e-12
        prev = mse
    assert prev < 0.5 * np.var(y)


def test_constant_features_add_no_stumps(impl):
    model = impl.fit_gradient_boosting(np.ones((5, 2)), np.arange(5.0), n_estimators=10)
    assert model["stumps"] == [] and np.allclose(impl.predict_gradient_boosting(model, np.ones((2, 2))), 2.0)


def test_empty_input_raises(impl):
    with pytest.raises(ValueError):
        impl.fit_gradient_boosting(np.empty((0, 2)), np.empty(0), 3)
