import numpy as np


def box_iou(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pairwise intersection over union of axis-aligned boxes in (x1, y1, x2, y2) format.

    a: float (N, 4), b: float (M, 4), continuous coordinates with x2 >= x1 and y2 >= y1
    (area = (x2 - x1) * (y2 - y1), no +1). Returns float (N, M). A pair whose union is 0 (two empty
    boxes) has IoU 0. Raises ValueError for a box with x2 < x1 or y2 < y1 or a wrong shape.
    """
    raise NotImplementedError
