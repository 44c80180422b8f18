import numpy as np


def nms(boxes: np.ndarray, scores: np.ndarray, iou_threshold: float, class_ids: np.ndarray | None = None) -> np.ndarray:
    """Greedy non-maximum suppression.

    boxes: float (N, 4) as (x1, y1, x2, y2); scores: float (N,). Visit boxes by decreasing score
    (equal scores -> lower index first); keep a box unless it overlaps an already kept box with
    IoU > iou_threshold (strictly greater). If class_ids (N,) is given, boxes only suppress boxes of
    the same class. Returns the kept indices as int (K,), in decreasing score order.
    Raises ValueError if the lengths differ.
    """
    raise NotImplementedError
