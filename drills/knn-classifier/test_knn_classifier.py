import numpy as np
import pytest
from sklearn.neighbors import KNeighborsClassifier


@pytest.mark.parametrize("k", [1, 7])
def test_matches_sklearn(impl, k):
    rng = np.random.default_rng(0)
    X, Xt = rng.normal(size=(80, 4)), rng.normal(size=(30, 4))
    y = rng.integers(0, 3, 80) * 10 + 5                 # labels 5, 15, 25
    ref = KNeighborsClassifier(n_neighbors=k, algorithm="brute").fit(X, y).predict(Xt)
    assert np.array_equal(impl.knn_predict(X, y, Xt, k), ref)


def test_vote_tie_goes_to_smallest_label(impl):
    X = np.array([[0.0], [1.0], [3.0], [4.0]])
    y = np.array([9, 2, 9, 2])
    # nearest two to 0.4 are labels 9 (closest) and 2: a 1-1 tie -> 2
    assert impl.knn_predict(X, y, np.array([[0.4]]), 2).tolist() == [2]


def test_distance_tie_goes_to_lower_index(impl):
    X = np.array([[1.0], [-1.0], [1.0], [-1.0], [1.0]])
    y = np.array([7, 3, 3, 7, 3])
    # all equidistant from 0: k=3 takes indices 0, 1, 2 -> labels 7, 3, 3 -> 3
    # k=1 takes index 0 -> 7
    assert impl.knn_predict(X, y, np.array([[0.0]]), 3).tolist() == [3]
    assert impl.knn_predict(X, y, np.array([[0.0]]), 1).tolist() == [7]


def test_many_distance_ties_keep_index_order(impl):
    rng = np.random.default_rng(0)
    X = rng.choice([-1.0, 1.0, 3.0, -3.0, 0.5], size=(60, 1))   # many exactly tied distances
    near, tied = np.flatnonzero(X[:, 0] == 0.5), np.flatnonzero(np.abs(X[:, 0]) == 1.0)
    y = np.ones(60, dtype=int)
    y[near[: len(near) // 2]] = 0
    y[tied[:8]] = 0              # only the lowest-index tied points carry label 0
    k = len(near) + 8            # all "near" points plus exactly the first 8 tied ones
    assert impl.knn_predict(X, y, np.array([[0.0]]), k).tolist() == [0]


def test_string_labels_and_k_equal_n(impl):
    X = np.array([[0.0, 0.0], [1.0, 1.0], [5.0, 5.0]])
    y = np.array(["cat", "dog", "dog"])
    assert impl.knn_predict(X, y, np.array([[0.1, 0.0]]), 3).tolist() == ["dog"]


def test_invalid_k_raises(impl):
    with pytest.raises(ValueError):
        impl.knn_predict(np.zeros((3, 1)), np.zeros(3), np.zeros((1, 1)), 4)
    with pytest.raises(ValueError):
        impl.knn_predict(np.zeros((3, 1)), np.zeros(3), np.zeros((1, 1)), 0)
