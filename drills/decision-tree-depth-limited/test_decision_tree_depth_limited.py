import numpy as np
import pytest
from sklearn.tree import DecisionTreeClassifier


def _depth(node):
    return 0 if "label" in node else 1 + max(_depth(node["left"]), _depth(node["right"]))


@pytest.mark.parametrize("max_depth", [1, 2, 4])
def test_matches_sklearn_predictions(impl, max_depth):
    rng = np.random.default_rng(0)
    X = rng.integers(0, 1000, size=(120, 3)).astype(float)
    y = (((X[:, 0] > 500) & (X[:, 1] < 300)) | (X[:, 2] > 800)).astype(int)
    y ^= (rng.random(120) < 0.1).astype(int)
    Xt = rng.integers(0, 1000, size=(200, 3)).astype(float)
    tree = impl.fit_tree(X, y, max_depth)
    ref = DecisionTreeClassifier(max_depth=max_depth, random_state=0).fit(X, y)
    assert _depth(tree) <= max_depth
    assert np.array_equal(impl.predict_tree(tree, Xt), ref.predict(Xt))


def test_xor_needs_a_zero_gain_first_split(impl):
    X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    y = np.array([0, 1, 1, 0])
    tree = impl.fit_tree(X, y, max_depth=2)
    assert np.array_equal(impl.predict_tree(tree, X), y)


def test_stump_structure(impl):
    X = np.array([[1.0], [2.0], [3.0], [4.0]])
    y = np.array([1, 1, 0, 0])
    assert impl.fit_tree(X, y, max_depth=3) == {
        "feature": 0, "threshold": 2.5, "left": {"label": 1}, "right": {"label": 0}}


def test_split_ties_go_to_lowest_feature_then_smallest_threshold(impl):
    col = np.array([0.0, 1.0, 2.0, 3.0])
    y = np.array([0, 1, 1, 0])            # cuts at 0.5 and 2.5 tie (weighted Gini 4/3); 1.5 is worse
    tree = impl.fit_tree(np.column_stack([col, col]), y, max_depth=1)   # two identical features
    assert tree == {"feature": 0, "threshold": 0.5, "left": {"label": 0}, "right": {"label": 1}}


def test_leaf_majority_ties_and_min_samples_split(impl):
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([2, 2, 1, 1])
    assert impl.fit_tree(X, y, max_depth=0) == {"label": 1}
    assert impl.fit_tree(X, y, max_depth=5, min_samples_split=5) == {"label": 1}
    assert impl.fit_tree(X, y, max_depth=5, min_samples_split=4)["threshold"] == 1.5   # 4 samples may split


def test_constant_features_make_a_leaf(impl):
    tree = impl.fit_tree(np.zeros((5, 2)), np.array([0, 1, 1, 0, 1]), max_depth=3)
    assert tree == {"label": 1}


def test_empty_input_raises(impl):
    with pytest.raises(ValueError):
        impl.fit_tree(np.empty((0, 2)), np.empty(0, dtype=int), 2)
