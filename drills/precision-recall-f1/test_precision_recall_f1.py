import numpy as np
import pytest
from sklearn.metrics import precision_recall_fscore_support


def test_hand_example(impl):
    y_true = np.array([1, 1, 1, 0, 0, 0, 0])
    y_pred = np.array([1, 1, 0, 1, 0, 0, 0])   # TP 2, FN 1, FP 1
    p, r, f = impl.precision_recall_f1(y_true, y_pred)
    assert np.allclose([p, r, f], [2 / 3, 2 / 3, 2 / 3])


def test_matches_sklearn_random(impl):
    rng = np.random.default_rng(0)
    for _ in range(5):
        y_true, y_pred = rng.integers(0, 2, 50), rng.integers(0, 2, 50)
        ref = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0.0)[:3]
        assert np.allclose(impl.precision_recall_f1(y_true, y_pred), ref)


def test_no_predicted_positives_uses_zero_division(impl):
    y_true = np.array([1, 0, 1])
    y_pred = np.array([0, 0, 0])
    assert impl.precision_recall_f1(y_true, y_pred, zero_division=1.0) == (1.0, 0.0, 0.0)
    assert impl.precision_recall_f1(y_true, y_pred) == (0.0, 0.0, 0.0)


def test_f1_is_zero_not_zero_division_when_only_tp_is_zero(impl):
    # TP = 0 but FP + FN > 0: precision = recall = 0 and F1 = 0 / 2 = 0, whatever zero_division is
    # (an F1 computed as 2PR / (P + R) hits 0 / 0 here)
    y_true, y_pred = np.array([1, 0, 0]), np.array([0, 1, 0])
    assert impl.precision_recall_f1(y_true, y_pred, zero_division=1.0) == (0.0, 0.0, 0.0)
    ref = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=1.0)[:3]
    assert np.allclose(impl.precision_recall_f1(y_true, y_pred, zero_division=1.0), ref)


def test_no_positives_at_all(impl):
    y = np.array([0, 0, 0])
    assert impl.precision_recall_f1(y, y, zero_division=1.0) == (1.0, 1.0, 1.0)
    ref = precision_recall_fscore_support(y, y, average="binary", zero_division=1.0)[:3]
    assert np.allclose(impl.precision_recall_f1(y, y, zero_division=1.0), ref)


def test_string_pos_label(impl):
    y_true = np.array(["spam", "ham", "spam", "spam"])
    y_pred = np.array(["spam", "spam", "ham", "spam"])
    p, r, f = impl.precision_recall_f1(y_true, y_pred, pos_label="spam")
    assert np.allclose([p, r, f], [2 / 3, 2 / 3, 2 / 3])
    p, r, f = impl.precision_recall_f1(y_true, y_pred, pos_label="ham")
    assert (p, r, f) == (0.0, 0.0, 0.0)


def test_length_mismatch_raises(impl):
    with pytest.raises(ValueError):
        impl.precision_recall_f1(np.array([1, 0]), np.array([1]))
