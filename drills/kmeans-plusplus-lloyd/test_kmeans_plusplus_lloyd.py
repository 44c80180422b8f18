import numpy as np
import pytest
from sklearn.cluster import KMeans


def _blobs(seed=0):
    rng = np.random.default_rng(seed)
    centers = np.array([[0.0, 0.0], [6.0, 0.0], [0.0, 6.0], [6.0, 6.0]])
    return np.concatenate([c + rng.normal(size=(25, 2)) for c in centers])


def test_lloyd_matches_sklearn_from_the_same_init(impl):
    X = _blobs()
    init = X[[0, 1, 2, 30]]                      # a poor start: three centers in one blob
    C, labels, inertia = impl.kmeans(X, init)
    ref = KMeans(n_clusters=4, init=init, n_init=1, algorithm="lloyd", tol=0.0).fit(X)
    assert np.allclose(C, ref.cluster_centers_) and np.array_equal(labels, ref.labels_)
    assert np.isclose(inertia, ref.inertia_)


def test_labels_and_inertia_belong_to_the_returned_centers(impl):
    X = _blobs()
    init = X[[0, 1, 2, 30]]
    for max_iter in (1, 2):                      # stopped before convergence
        C, labels, inertia = impl.kmeans(X, init, max_iter=max_iter)
        d2 = ((X[:, None, :] - C[None]) ** 2).sum(-1)
        assert np.array_equal(labels, d2.argmin(1)) and np.isclose(inertia, d2.min(1).sum())


def test_plusplus_picks_every_distinct_point_when_k_equals_their_number(impl):
    X = np.repeat(np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 10.0]]), 10, axis=0)
    for seed in range(10):
        C = impl.kmeans_plusplus_init(X, 3, np.random.default_rng(seed))
        assert sorted(map(tuple, C)) == [(0.0, 0.0), (0.0, 10.0), (1.0, 0.0)]


def test_plusplus_uses_the_rng_as_specified(impl):
    X = _blobs(1)
    C = impl.kmeans_plusplus_init(X, 4, np.random.default_rng(42))
    rng = np.random.default_rng(42)
    assert np.array_equal(C[0], X[rng.integers(len(X))])
    d2 = ((X - C[0]) ** 2).sum(1)
    assert np.array_equal(C[1], X[rng.choice(len(X), p=d2 / d2.sum())])


def test_empty_cluster_keeps_its_center(impl):
    X = np.array([[0.0], [1.0], [10.0], [11.0]])
    C, labels, inertia = impl.kmeans(X, np.array([[0.0], [10.0], [100.0]]))
    assert np.allclose(C, [[0.5], [10.5], [100.0]]) and labels.tolist() == [0, 0, 1, 1]
    assert np.isclose(inertia, 1.0)


def test_assignment_ties_go_to_lower_center(impl):
    X = np.array([[0.0], [2.0], [1.0]])
    _, labels, _ = impl.kmeans(X, np.array([[0.0], [2.0]]), max_iter=0)
    assert labels.tolist() == [0, 1, 0]


def test_too_many_clusters_raises(impl):
    with pytest.raises(ValueError):
        impl.kmeans_plusplus_init(np.zeros((5, 2)), 2, np.random.default_rng(0))
