import numpy as np
import pytest
from sklearn.neighbors import LocalOutlierFactor


def _data(seed=0):
    rng = np.random.default_rng(seed)
    return np.concatenate([rng.normal(size=(50, 2)), rng.normal(size=(30, 2)) * 0.2 + [4, 4],
                           [[2.0, 2.0], [-4.0, 3.0]]])


@pytest.mark.parametrize("k", [3, 20])
def test_matches_sklearn(impl, k):
    X = _data()
    ref = LocalOutlierFactor(n_neighbors=k, algorithm="brute").fit(X)
    assert np.allclose(impl.local_outlier_factor(X, k), -ref.negative_outlier_factor_)


def test_planted_outliers_score_highest(impl):
    lof = impl.local_outlier_factor(_data(1), 10)
    assert set(np.argsort(lof)[-2:]) == {80, 81}


def test_uses_reachability_not_raw_distance(impl):
    # a tight pair next to a spread-out trio: reachability smooths the tight pair's density
    X = np.array([[0.0], [0.1], [3.0], [5.0], [7.5]])
    ref = LocalOutlierFactor(n_neighbors=2, algorithm="brute").fit(X)
    assert np.allclose(impl.local_outlier_factor(X, 2), -ref.negative_outlier_factor_)


def test_hand_example(impl):
    # k=1: k-distances 1, 1, 1, 8; lrd 1, 1, 1, 1/8; the far point's LOF is 1 / (1/8) = 8
    lof = impl.local_outlier_factor(np.array([[0.0], [1.0], [2.0], [10.0]]), 1)
    assert np.allclose(lof, [1.0, 1.0, 1.0, 8.0])


def test_duplicates_stay_finite(impl):
    X = np.array([[0.0], [0.0], [0.0], [5.0]])
    assert np.all(np.isfinite(impl.local_outlier_factor(X, 2)))


def test_invalid_k_raises(impl):
    with pytest.raises(ValueError):
        impl.local_outlier_factor(np.zeros((3, 1)), 3)
