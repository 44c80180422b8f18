import math

import numpy as np
from sklearn.tree import DecisionTreeClassifier


def test_gini_values(impl):
    assert impl.gini(np.array([0, 0, 1, 1])) == 0.5
    assert np.isclose(impl.gini(np.array([0, 1, 2])), 2 / 3)
    assert impl.gini(np.array([3, 3])) == 0.0 and impl.gini(np.array([], dtype=int)) == 0.0


def test_hand_example(impl):
    X = np.array([[1.0], [2.0], [3.0], [4.0], [5.0]])
    y = np.array([0, 0, 1, 1, 1])
    assert impl.best_split(X, y) == (0, 2.5, 0.0)


def test_matches_sklearn_stump(impl):
    rng = np.random.default_rng(0)
    X = rng.integers(0, 1000, size=(60, 3)).astype(float)
    y = ((X[:, 1] > 400) ^ (rng.random(60) < 0.2)).astype(int)
    j, t, imp = impl.best_split(X, y)
    tree = DecisionTreeClassifier(max_depth=1).fit(X, y).tree_
    assert j == tree.feature[0] and t == tree.threshold[0]
    n_l, n_r = tree.n_node_samples[1:]
    assert np.isclose(imp, (n_l * tree.impurity[1] + n_r * tree.impurity[2]) / 60)


def test_repeated_values_are_never_split_apart(impl):
    X = np.array([[1.0], [1.0], [1.0], [2.0]])
    y = np.array([0, 1, 0, 1])
    j, t, imp = impl.best_split(X, y)
    assert (j, t) == (0, 1.5) and np.isclose(imp, 3 / 4 * (1 - (2 / 3) ** 2 - (1 / 3) ** 2))


def test_ties_prefer_lower_feature_then_smaller_threshold(impl):
    # both features give the same impurity; within a feature two cuts tie
    X = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
    y = np.array([0, 1, 1, 0])
    j, t, _ = impl.best_split(X, y)
    assert (j, t) == (0, 0.5)


def test_constant_features_give_no_split(impl):
    j, t, imp = impl.best_split(np.ones((4, 2)), np.array([0, 1, 1, 1]))
    assert j == -1 and math.isnan(t) and np.isclose(imp, 0.375)
