import numpy as np
import pytest
from sklearn.ensemble import RandomForestClassifier


def test_soft_vote_reproduces_random_forest_predict(impl):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(150, 4))
    y = (X[:, 0] + X[:, 1] ** 2 + rng.normal(scale=0.5, size=150) > 1).astype(int) + (X[:, 2] > 1)
    rf = RandomForestClassifier(n_estimators=15, max_depth=3, random_state=0).fit(X, y)
    probas = np.stack([t.predict_proba(X) for t in rf.estimators_])
    assert np.array_equal(impl.soft_vote(probas), rf.predict(X))


def test_soft_and_hard_vote_can_disagree(impl):
    probas = np.array([[[0.4, 0.6]], [[0.45, 0.55]], [[1.0, 0.0]]])
    assert impl.soft_vote(probas).tolist() == [0]          # mean = [0.617, 0.383]
    hard = probas.argmax(axis=2)
    assert impl.hard_vote(hard, 2).tolist() == [1]         # votes 1, 1, 0


def test_hard_vote_ties_go_to_smallest_label(impl):
    preds = np.array([[2, 0, 1], [1, 0, 1], [2, 1, 0], [1, 1, 0]])
    assert impl.hard_vote(preds, 3).tolist() == [1, 0, 0]


def test_soft_vote_tie_goes_to_smallest_class(impl):
    probas = np.array([[[0.2, 0.4, 0.4]], [[0.2, 0.4, 0.4]]])
    assert impl.soft_vote(probas).tolist() == [1]


def test_oob_mask_handles_duplicate_draws(impl):
    idx = np.array([[0, 0, 2, 2], [1, 3, 3, 1]])
    assert impl.oob_mask(idx, 5).tolist() == [
        [False, True, False, True, True], [True, False, True, False, True]]


def test_empty_ensemble_raises(impl):
    with pytest.raises(ValueError):
        impl.soft_vote(np.empty((0, 3, 2)))
    with pytest.raises(ValueError):
        impl.hard_vote(np.empty((0, 3), dtype=int), 2)
