import numpy as np
import pytest


GT = np.array([[0, 0, 10, 10], [20, 20, 30, 30], [0, 0, 10, 10]], dtype=float)
GT_IMG = np.array([0, 0, 1])


def test_perfect_detections_give_one(impl):
    assert np.isclose(impl.detection_ap(GT, np.array([0.9, 0.8, 0.7]), GT_IMG, GT, GT_IMG), 1.0)


def test_hand_example_with_interpolation(impl):
    preds = np.array([[0, 0, 10, 10], [50, 50, 60, 60], [20, 20, 30, 30], [1, 1, 10, 10]], dtype=float)
    scores = np.array([0.9, 0.8, 0.7, 0.6])
    images = np.array([0, 0, 0, 1])
    # TP, FP, TP, TP -> precision 1, 1/2, 2/3, 3/4 ; recall 1/3, 1/3, 2/3, 1
    # envelope at the TPs: 1, 3/4, 3/4 -> AP = (1 + 3/4 + 3/4) / 3
    assert np.isclose(impl.detection_ap(preds, scores, images, GT, GT_IMG), 2.5 / 3)


def test_duplicate_detection_is_a_false_positive(impl):
    gt = np.array([[0, 0, 10, 10]], dtype=float)
    preds = np.array([[0, 0, 10, 10], [0, 0, 10, 9.5]], dtype=float)
    scores = np.array([0.9, 0.95])
    # the higher-scored (slightly worse) box takes the ground truth; the other is a duplicate
    assert np.isclose(impl.detection_ap(preds, scores, np.array([0, 0]), gt, np.array([0])), 1.0)
    preds2 = np.array([[0, 0, 10, 10], [0, 0, 10, 10], [30, 30, 40, 40]], dtype=float)
    gt2 = np.array([[0, 0, 10, 10], [30, 30, 40, 40]], dtype=float)
    # TP, FP (duplicate), TP -> AP = 1/2 * 1 + 1/2 * 2/3
    ap = impl.detection_ap(preds2, np.array([0.9, 0.8, 0.7]), np.zeros(3, int), gt2, np.zeros(2, int))
    assert np.isclose(ap, 0.5 + 1 / 3)


def test_duplicate_does_not_fall_back_to_second_best_box(impl):
    gt = np.array([[0, 0, 10, 10], [0, 0, 10, 8]], dtype=float)   # two overlapping objects (IoU 0.8)
    preds = np.array([[0, 0, 10, 10], [0, 0, 10, 10]], dtype=float)
    # both detections' best box is gt 0; the second is a false positive even though gt 1 has IoU 0.8
    ap = impl.detection_ap(preds, np.array([0.9, 0.8]), np.zeros(2, int), gt, np.zeros(2, int))
    assert np.isclose(ap, 0.5)


def test_iou_threshold_is_inclusive_and_images_are_separate(impl):
    gt = np.array([[0, 0, 2, 1]], dtype=float)
    pred = np.array([[0, 0, 1, 1]], dtype=float)            # IoU exactly 0.5
    assert np.isclose(impl.detection_ap(pred, np.array([0.9]), np.array([0]), gt, np.array([0])), 1.0)
    assert impl.detection_ap(pred, np.array([0.9]), np.array([1]), gt, np.array([0])) == 0.0


def test_tied_scores_are_processed_lower_index_first(impl):
    gt = np.array([[0, 0, 10, 10]], dtype=float)
    miss, hit = [50, 50, 60, 60], [0, 0, 10, 10]
    scores, images = np.array([0.8, 0.8]), np.zeros(2, int)
    # FP then TP: precision 1/2 at the only TP; TP then FP: precision 1
    assert np.isclose(impl.detection_ap(np.array([miss, hit], dtype=float), scores, images, gt, np.array([0])), 0.5)
    assert np.isclose(impl.detection_ap(np.array([hit, miss], dtype=float), scores, images, gt, np.array([0])), 1.0)


def test_missed_ground_truth_caps_recall(impl):
    ap = impl.detection_ap(GT[:1], np.array([0.9]), GT_IMG[:1], GT, GT_IMG)
    assert np.isclose(ap, 1 / 3)


def test_no_ground_truth_raises_and_no_detections_is_zero(impl):
    with pytest.raises(ValueError):
        impl.detection_ap(GT, np.ones(3), GT_IMG, np.zeros((0, 4)), np.zeros(0, int))
    assert impl.detection_ap(np.zeros((0, 4)), np.zeros(0), np.zeros(0, int), GT, GT_IMG) == 0.0
