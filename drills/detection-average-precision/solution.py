import numpy as np


def _iou_one_to_many(box, boxes):
    w = np.clip(np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]), 0, None)
    h = np.clip(np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]), 0, None)
    inter = w * h
    union = (box[2] - box[0]) * (box[3] - box[1]) + (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1]) - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def detection_ap(
    pred_boxes: np.ndarray,
    pred_scores: np.ndarray,
    pred_images: np.ndarray,
    gt_boxes: np.ndarray,
    gt_images: np.ndarray,
    iou_threshold: float = 0.5,
) -> float:
    """Average precision of one class's detections (PASCAL VOC 2010+ style, all-point interpolation).

    Boxes are (x1, y1, x2, y2); *_images give the image id of each box. Process detections by
    decreasing score (ties -> lower index). A detection is a true positive if its highest-IoU
    ground-truth box in the same image has IoU >= iou_threshold and was not matched before;
    otherwise (no overlap, too low, or that best box already taken) it is a false positive.
    Precision is made monotone (p(r) = max precision at recall >= r), then
    AP = sum over the TP steps of (recall gain) * interpolated precision.
    Returns a float; 0.0 with no detections. Raises ValueError if there is no ground-truth box.
    """
    pred_boxes = np.asarray(pred_boxes, dtype=float).reshape(-1, 4)
    gt_boxes = np.asarray(gt_boxes, dtype=float).reshape(-1, 4)
    pred_images, gt_images = np.asarray(pred_images), np.asarray(gt_images)
    if len(gt_boxes) == 0:
        raise ValueError("need at least one ground-truth box")
    order = np.argsort(-np.asarray(pred_scores, dtype=float), kind="stable")
    matched = np.zeros(len(gt_boxes), dtype=bool)
    tp = np.zeros(len(order))
    for rank, i in enumerate(order):
        candidates = np.flatnonzero(gt_images == pred_images[i])
        if len(candidates) == 0:
            continue
        ious = _iou_one_to_many(pred_boxes[i], gt_boxes[candidates])
        j = int(np.argmax(ious))
        if ious[j] >= iou_threshold and not matched[candidates[j]]:
            matched[candidates[j]] = True
            tp[rank] = 1.0
    if len(order) == 0:
        return 0.0
    cum_tp = np.cumsum(tp)
    recall = cum_tp / len(gt_boxes)
    precision = cum_tp / np.arange(1, len(order) + 1)
    envelope = np.maximum.accumulate(precision[::-1])[::-1]     # max precision at this or higher recall
    gain = np.diff(np.r_[0.0, recall])                          # non-zero only at true positives
    return float(np.sum(gain * envelope))
