import numpy as np
import pytest
from sklearn.metrics import roc_auc_score


def test_hand_example_with_a_tie(impl):
    y = np.array([0, 0, 1, 1])
    s = np.array([0.1, 0.4, 0.35, 0.8])
    assert np.isclose(impl.roc_auc(y, s), 0.75)
    # positive and negative tied at 0.4: that pair counts 1/2
    assert np.isclose(impl.roc_auc(y, np.array([0.1, 0.4, 0.4, 0.8])), 0.875)


def test_matches_sklearn_with_heavy_ties(impl):
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 500)
    s = np.round(rng.random(500) + 0.3 * y, 1)      # only ~14 distinct scores
    assert np.isclose(impl.roc_auc(y, s), roc_auc_score(y, s))


def test_all_scores_equal_gives_one_half(impl):
    assert impl.roc_auc(np.array([1, 0, 1, 0, 0]), np.zeros(5)) == 0.5


def test_invariant_to_monotone_transform_and_perfect_ranking(impl):
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 100)
    s = rng.normal(size=100)
    assert np.isclose(impl.roc_auc(y, s), impl.roc_auc(y, np.exp(3 * s)))
    assert impl.roc_auc(y, y + 0.0) == 1.0 and impl.roc_auc(y, -y + 0.0) == 0.0


def test_large_input_is_fast_and_exact(impl):
    rng = np.random.default_rng(2)
    y = rng.integers(0, 2, 50_000)
    s = rng.normal(size=50_000) + y
    assert np.isclose(impl.roc_auc(y, s), roc_auc_score(y, s))


def test_single_class_raises(impl):
    with pytest.raises(ValueError):
        impl.roc_auc(np.ones(4), np.arange(4.0))
    with pytest.raises(ValueError):
        impl.roc_auc(np.array([0, 1, 1]), np.arange(4.0))
