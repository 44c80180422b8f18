import numpy as np
import pytest
from sklearn.metrics import average_precision_score, precision_recall_curve


def test_hand_example(impl):
    y = np.array([1, 0, 1, 0])
    s = np.array([0.9, 0.8, 0.7, 0.1])
    # ranks: P@1 = 1 (R 0.5), P@3 = 2/3 (R 1) -> AP = 0.5 * 1 + 0.5 * 2/3
    assert np.isclose(impl.average_precision(y, s), 0.5 + 1 / 3)


def test_matches_sklearn_with_ties(impl):
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 300)
    s = np.round(rng.random(300) + 0.4 * y, 1)
    assert np.isclose(impl.average_precision(y, s), average_precision_score(y, s))


def test_curve_points_match_sklearn(impl):
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 60)
    s = np.round(rng.random(60), 1)
    p, r, t = impl.precision_recall_points(y, s)
    sp, sr, st = precision_recall_curve(y, s)
    # sklearn lists thresholds increasing and appends the point (recall 0, precision 1)
    assert np.allclose(t, st[::-1]) and np.allclose(p, sp[:-1][::-1]) and np.allclose(r, sr[:-1][::-1])


def test_tied_block_enters_together(impl):
    y = np.array([0, 1, 1, 0])
    s = np.array([0.5, 0.5, 0.2, 0.1])
    p, r, t = impl.precision_recall_points(y, s)
    assert t.tolist() == [0.5, 0.2, 0.1] and np.allclose(p, [0.5, 2 / 3, 0.5]) and np.allclose(r, [0.5, 1, 1])
    assert np.isclose(impl.average_precision(y, s), 0.5 * 0.5 + 0.5 * 2 / 3)


def test_perfect_ranking_and_no_positive(impl):
    assert impl.average_precision(np.array([0, 1, 1, 0]), np.array([0.1, 0.9, 0.8, 0.3])) == 1.0
    with pytest.raises(ValueError):
        impl.average_precision(np.zeros(3), np.arange(3.0))
    with pytest.raises(ValueError):
        impl.average_precision(np.array([1, 0, 1, 0]), np.arange(3.0))
