import numpy as np
import pytest
from sklearn.metrics import f1_score


def test_matches_sklearn_on_imbalanced_data(impl):
    rng = np.random.default_rng(0)
    y_true = rng.choice([0, 1, 2, 3], 300, p=[0.7, 0.2, 0.07, 0.03])
    y_pred = np.where(rng.random(300) < 0.6, y_true, rng.integers(0, 4, 300))
    out = impl.f1_scores(y_true, y_pred)
    for avg in ("micro", "macro", "weighted"):
        assert np.isclose(out[avg], f1_score(y_true, y_pred, average=avg, zero_division=0)), avg
    assert np.allclose(out["per_class"], f1_score(y_true, y_pred, average=None, zero_division=0))


def test_hand_example_macro_vs_micro(impl):
    y_true = np.array([0, 0, 0, 0, 1])
    y_pred = np.array([0, 0, 0, 0, 0])
    out = impl.f1_scores(y_true, y_pred)
    # class 0: TP 4 FP 1 -> 8/9 ; class 1: TP 0 FN 1 -> 0 ; micro = accuracy = 0.8
    assert np.allclose(out["per_class"], [8 / 9, 0.0])
    assert np.isclose(out["macro"], 4 / 9) and np.isclose(out["micro"], 0.8)
    assert np.isclose(out["weighted"], 0.8 * 8 / 9)


def test_micro_f1_equals_accuracy_when_all_labels_scored(impl):
    rng = np.random.default_rng(1)
    y_true, y_pred = rng.integers(0, 5, 200), rng.integers(0, 5, 200)
    assert np.isclose(impl.f1_scores(y_true, y_pred)["micro"], np.mean(y_true == y_pred))


def test_predicted_only_and_absent_labels(impl):
    y_true = np.array(["a", "a", "b"])
    y_pred = np.array(["a", "c", "b"])                # "c" is never true: F1_c = 0
    out = impl.f1_scores(y_true, y_pred)
    assert np.allclose(out["per_class"], [2 / 3, 1.0, 0.0])
    out = impl.f1_scores(y_true, y_pred, labels=np.array(["a", "b", "d"]))   # "d" nowhere: 0
    assert np.isclose(out["macro"], f1_score(y_true, y_pred, labels=["a", "b", "d"], average="macro", zero_division=0))
    assert np.isclose(out["micro"], f1_score(y_true, y_pred, labels=["a", "b", "d"], average="micro", zero_division=0))


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.f1_scores(np.array([0, 1]), np.array([0]))
    with pytest.raises(ValueError):
        impl.f1_scores(np.array([], dtype=int), np.array([], dtype=int))
