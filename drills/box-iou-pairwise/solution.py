import numpy as np


def box_iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pairwise intersection over union of axis-aligned boxes in (x1, y1, x2, y2) format.

    a: float (N, 4), b: float (M, 4), continuous coordinates with x2 >= x1 and y2 >= y1
    (area = (x2 - x1) * (y2 - y1), no +1). Returns float (N, M). A pair whose union is 0 (two empty
    boxes) has IoU 0. Raises ValueError for a box with x2 < x1 or y2 < y1 or a wrong shape.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    for boxes in (a, b):
        if boxes.ndim != 2 or boxes.shape[1] != 4:
            raise ValueError(f"boxes must have shape (N, 4), got {boxes.shape}")
        if (boxes[:, 2] < boxes[:, 0]).any() or (boxes[:, 3] < boxes[:, 1]).any():
            raise ValueError("boxes must satisfy x2 >= x1 and y2 >= y1")
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    # broadcast (N, 1) against (1, M); clamp at 0 so disjoint boxes give no negative overlap
    w = np.clip(np.minimum(a[:, None, 2], b[None, :, 2]) - np.maximum(a[:, None, 0], b[None, :, 0]), 0, None)
    h = np.clip(np.minimum(a[:, None, 3], b[None, :, 3]) - np.maximum(a[:, None, 1], b[None, :, 1]), 0, None)
    inter = w * h
    union = area_a[:, None] + area_b[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
