import numpy as np


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
    raise NotImplementedError
