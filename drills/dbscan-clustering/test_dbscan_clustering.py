import numpy as np
from sklearn.cluster import DBSCAN


def test_matches_sklearn_on_blobs_with_noise(impl):
    rng = np.random.default_rng(0)
    X = np.concatenate([rng.normal(size=(40, 2)) * 0.3, rng.normal(size=(40, 2)) * 0.3 + [3, 0],
                        rng.uniform(-2, 5, size=(15, 2))])
    for eps, m in [(0.4, 5), (0.6, 4), (0.25, 3)]:
        ref = DBSCAN(eps=eps, min_samples=m).fit(X).labels_
        assert np.array_equal(impl.dbscan(X, eps, m), ref), (eps, m)


def test_hand_example_core_border_noise(impl):
    X = np.array([[0.0], [1.0], [2.0], [3.0], [10.0]])
    # neighbourhoods (eps=1, self included): sizes 2, 3, 3, 2, 1 -> cores are 1 and 2
    assert impl.dbscan(X, 1.0, 3).tolist() == [0, 0, 0, 0, -1]


def test_distance_exactly_eps_is_a_neighbour(impl):
    X = np.array([[0.0, 0.0], [3.0, 4.0]])          # distance exactly 5
    assert impl.dbscan(X, 5.0, 2).tolist() == [0, 0]
    assert impl.dbscan(X, 4.999, 2).tolist() == [-1, -1]


def test_border_point_goes_to_first_cluster(impl):
    # point 2 (x=5) is within eps of both a core of cluster 0 (x=4) and of cluster 1 (x=6)
    X = np.array([[3.0], [4.0], [5.0], [6.0], [7.0], [3.5], [6.5]])
    labels = impl.dbscan(X, 1.0, 4)
    assert labels.tolist() == [0, 0, 0, 1, 1, 0, 1]


def test_min_samples_one_makes_every_point_core(impl):
    X = np.array([[0.0], [0.5], [5.0]])
    assert impl.dbscan(X, 0.6, 1).tolist() == [0, 0, 1]


def test_empty_input(impl):
    assert impl.dbscan(np.empty((0, 2)), 1.0, 3).shape == (0,)
