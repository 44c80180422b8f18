import numpy as np
import pytest
from sklearn.metrics import silhouette_samples, silhouette_score


def test_matches_sklearn(impl):
    rng = np.random.default_rng(0)
    X = np.concatenate([rng.normal(size=(30, 3)), rng.normal(size=(20, 3)) + 2, rng.normal(size=(10, 3)) - 2])
    labels = np.repeat([4, 1, 7], [30, 20, 10])
    labels[::7] = 1                                 # some mislabelled points -> negative s(i)
    assert np.allclose(impl.silhouette_samples(X, labels), silhouette_samples(X, labels))
    assert np.isclose(impl.silhouette_score(X, labels), silhouette_score(X, labels))


def test_hand_example(impl):
    X = np.array([[0.0], [1.0], [4.0], [6.0]])
    labels = np.array([0, 0, 1, 1])
    # point 0: a = 1, b = (4 + 6) / 2 = 5 -> 0.8 ; point 2: a = 2, b = (4 + 3) / 2 = 3.5 -> 3/7
    s = impl.silhouette_samples(X, labels)
    assert np.allclose(s, [0.8, 1 - 1 / 4, 1 - 2 / 3.5, 1 - 2 / 5.5])


def test_singleton_cluster_scores_zero(impl):
    X = np.array([[0.0], [0.5], [10.0]])
    s = impl.silhouette_samples(X, np.array([0, 0, 1]))
    assert s[2] == 0.0 and np.allclose(s, silhouette_samples(X, [0, 0, 1]))


def test_duplicate_points_do_not_give_nan(impl):
    X = np.array([[1.0], [1.0], [1.0], [1.0]])
    s = impl.silhouette_samples(X, np.array([0, 0, 1, 1]))
    assert np.all(np.isfinite(s)) and np.allclose(s, 0.0)


def test_invalid_number_of_clusters_raises(impl):
    with pytest.raises(ValueError):
        impl.silhouette_score(np.zeros((3, 1)), np.array([0, 0, 0]))
    with pytest.raises(ValueError):
        impl.silhouette_score(np.arange(3.0)[:, None], np.array([0, 1, 2]))
