import numpy as np
import pytest
from sklearn.metrics import confusion_matrix as sk_confusion_matrix


def test_rows_are_truth_columns_are_predictions(impl):
    y_true = np.array([0, 0, 0, 1])
    y_pred = np.array([1, 1, 0, 1])
    assert impl.confusion_matrix(y_true, y_pred).tolist() == [[1, 2], [0, 1]]


def test_matches_sklearn_multiclass_strings(impl):
    rng = np.random.default_rng(0)
    classes = np.array(["bird", "cat", "dog"])
    y_true, y_pred = classes[rng.integers(0, 3, 200)], classes[rng.integers(0, 3, 200)]
    assert np.array_equal(impl.confusion_matrix(y_true, y_pred), sk_confusion_matrix(y_true, y_pred))


def test_explicit_label_order_and_unlisted_labels_are_ignored(impl):
    y_true = np.array([2, 0, 2, 1, 5])
    y_pred = np.array([0, 0, 2, 2, 2])
    got = impl.confusion_matrix(y_true, y_pred, labels=np.array([2, 0, 1]))
    assert np.array_equal(got, sk_confusion_matrix(y_true, y_pred, labels=[2, 0, 1]))
    assert got.tolist() == [[1, 1, 0], [0, 1, 0], [1, 0, 0]]


def test_label_missing_from_data_gives_zero_row_and_column(impl):
    got = impl.confusion_matrix(np.array([0, 0]), np.array([0, 2]), labels=np.array([0, 1, 2]))
    assert got.tolist() == [[1, 0, 1], [0, 0, 0], [0, 0, 0]]


def test_default_labels_are_the_union_of_truth_and_predictions(impl):
    y_true, y_pred = np.array([0, 0, 1]), np.array([0, 2, 1])          # 2 is only ever predicted
    got = impl.confusion_matrix(y_true, y_pred)
    assert got.tolist() == [[1, 0, 1], [0, 1, 0], [0, 0, 0]]
    assert np.array_equal(got, sk_confusion_matrix(y_true, y_pred))


def test_empty_input_and_length_mismatch(impl):
    assert impl.confusion_matrix(np.array([], int), np.array([], int), labels=np.array([0, 1])).tolist() == [[0, 0], [0, 0]]
    with pytest.raises(ValueError):
        impl.confusion_matrix(np.array([0, 1]), np.array([0]))
