import numpy as np


def _iou_one_to_many(box, boxes):
    w = np.clip(np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]), 0, None)
    h = np.clip(np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]), 0, None)
    inter = w * h
    union = (box[2] - box[0]) * (box[3] - box[1]) + (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1]) - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float, class_ids: np.ndarray | None = None) -> np.ndarray:
    """Greedy non-maximum suppression.

    boxes: float (N, 4) as (x1, y1, x2, y2); scores: float (N,). Visit boxes by decreasing score
    (equal scores -> lower index first); keep a box unless it overlaps an already kept box with
    IoU > iou_threshold (strictly greater). If class_ids (N,) is given, boxes only suppress boxes of
    the same class. Returns the kept indices as int (K,), in decreasing score order.
    Raises ValueError if the lengths differ.
    """
    boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
    scores = np.asarray(scores, dtype=float)
    if len(boxes) != len(scores) or (class_ids is not None and len(class_ids) != len(scores)):
        raise ValueError("boxes, scores and class_ids must have the same length")
    cls = np.zeros(len(scores), dtype=int) if class_ids is None else np.asarray(class_ids)
    order = np.argsort(-scores, kind="stable")
    suppressed = np.zeros(len(scores), dtype=bool)
    keep = []
    for pos, i in enumerate(order):
        if suppressed[i]:
            continue
        keep.append(i)
        rest = order[pos + 1:]
        # one vectorised IoU per kept box against all lower-scored boxes
        hit = (_iou_one_to_many(boxes[i], boxes[rest]) > iou_threshold) & (cls[rest] == cls[i])
        suppressed[rest[hit]] = True
    return np.array(keep, dtype=int)
