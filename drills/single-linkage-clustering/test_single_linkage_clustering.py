import numpy as np
import pytest
from scipy.cluster.hierarchy import linkage
from sklearn.cluster import AgglomerativeClustering


def _canon(labels):
    ids = {}
    return [ids.setdefault(l, len(ids)) for l in labels]


def _data(seed=0):
    rng = np.random.default_rng(seed)
    return np.concatenate([rng.normal(size=(20, 2)), rng.normal(size=(20, 2)) + [5, 0],
                           rng.normal(size=(10, 2)) * 0.3 + [2.5, 6]])


def test_merge_heights_match_scipy(impl):
    X = _data()
    assert np.allclose(impl.single_linkage_heights(X), linkage(X, "single")[:, 2])


@pytest.mark.parametrize("k", [1, 2, 3, 6])
def test_labels_match_sklearn(impl, k):
    X = _data(1)
    ref = AgglomerativeClustering(n_clusters=k, linkage="single").fit(X).labels_
    got = impl.single_linkage_labels(X, k)
    assert got.tolist() == _canon(ref)


def test_chaining_joins_a_long_thin_line(impl):
    # points 1 apart on a line, plus one point 1.5 from the end: single linkage chains the line
    X = np.array([[0.0], [1.0], [2.0], [3.0], [4.5], [20.0]])
    assert impl.single_linkage_labels(X, 2).tolist() == [0, 0, 0, 0, 0, 1]
    assert impl.single_linkage_labels(X, 3).tolist() == [0, 0, 0, 0, 1, 2]
    assert np.allclose(impl.single_linkage_heights(X), [1, 1, 1, 1.5, 15.5])


def test_labels_are_numbered_by_first_appearance(impl):
    X = np.array([[10.0], [0.0], [10.5], [0.2]])
    assert impl.single_linkage_labels(X, 2).tolist() == [0, 1, 0, 1]
    assert impl.single_linkage_labels(X, 4).tolist() == [0, 1, 2, 3]


def test_invalid_n_clusters_raises(impl):
    with pytest.raises(ValueError):
        impl.single_linkage_labels(np.zeros((3, 1)), 4)
    with pytest.raises(ValueError):
        impl.single_linkage_labels(np.arange(3.0)[:, None], 0)


def test_single_point(impl):
    assert impl.single_linkage_heights(np.array([[1.0, 2.0]])).shape == (0,)
    assert impl.single_linkage_labels(np.array([[1.0, 2.0]]), 1).tolist() == [0]
