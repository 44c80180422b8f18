import numpy as np
import pytest


def _iou(a, b):
    w = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = w * h
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def _brute(boxes, scores, thr):
    keep = []
    for i in sorted(range(len(scores)), key=lambda i: (-scores[i], i)):
        if all(_iou(boxes[i], boxes[j]) <= thr for j in keep):
            keep.append(i)
    return keep


def test_hand_example(impl):
    boxes = np.array([[0, 0, 10, 10], [1, 1, 11, 11], [20, 20, 30, 30], [0, 0, 10, 9]], dtype=float)
    scores = np.array([0.9, 0.8, 0.7, 0.95])
    assert impl.nms(boxes, scores, 0.5).tolist() == [3, 2]


def test_matches_brute_force_on_random_boxes(impl):
    rng = np.random.default_rng(0)
    xy = rng.uniform(0, 50, size=(60, 2))
    boxes = np.column_stack([xy, xy + rng.uniform(5, 20, size=(60, 2))])
    scores = rng.random(60)
    for thr in (0.3, 0.5, 0.7):
        assert impl.nms(boxes, scores, thr).tolist() == _brute(boxes, scores, thr)
    tied = rng.integers(0, 3, 60) / 2.0                 # many equal scores: lower index goes first
    assert impl.nms(boxes, tied, 0.3).tolist() == _brute(boxes, tied, 0.3)


def test_iou_equal_to_threshold_is_kept(impl):
    boxes = np.array([[0, 0, 2, 1], [0, 0, 1, 1]], dtype=float)      # IoU exactly 0.5
    assert impl.nms(boxes, np.array([0.9, 0.8]), 0.5).tolist() == [0, 1]
    assert impl.nms(boxes, np.array([0.9, 0.8]), 0.49).tolist() == [0]


def test_suppressed_boxes_do_not_suppress_others(impl):
    # B overlaps A and C heavily, A and C barely overlap: A suppresses B, C survives
    boxes = np.array([[0, 0, 10, 10], [4, 0, 14, 10], [8, 0, 18, 10]], dtype=float)
    assert impl.nms(boxes, np.array([0.9, 0.8, 0.7]), 0.4).tolist() == [0, 2]


def test_equal_scores_and_class_aware(impl):
    boxes = np.array([[0, 0, 10, 10], [0, 0, 10, 10], [0, 0, 10, 10]], dtype=float)
    assert impl.nms(boxes, np.array([0.5, 0.5, 0.5]), 0.5).tolist() == [0]
    assert impl.nms(boxes, np.array([0.5, 0.6, 0.5]), 0.5, class_ids=np.array([0, 1, 0])).tolist() == [1, 0]


def test_empty_and_mismatched(impl):
    assert impl.nms(np.zeros((0, 4)), np.zeros(0), 0.5).tolist() == []
    with pytest.raises(ValueError):
        impl.nms(np.zeros((2, 4)), np.zeros(3), 0.5)
