import numpy as np


def hflip(image: np.ndarray, boxes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flip an image left-right and move its boxes with it.

    image: (H, W, C) array of any dtype; boxes: float (N, 4) as (x1, y1, x2, y2) in continuous
    pixel coordinates on [0, W] x [0, H] (pixel column c spans [c, c + 1)).
    The flipped box is (W - x2, y1, W - x1, y2), so x1 <= x2 still holds.
    Returns (flipped image, same shape and dtype; new boxes, float (N, 4)). The inputs are not modified.
    """
    raise NotImplementedError


def normalize(image: np.ndarray, mean: np.ndarray, std: np.ndarray) -> np.ndarray:
    """Scale a uint8 (H, W, C) image to [0, 1] and standardise each channel: (image / 255 - mean) / std.

    mean, std: float (C,) in [0, 1] units, std > 0. Returns float32 (H, W, C).
    Raises ValueError if the channel counts differ or a std is not positive.
    """
    raise NotImplementedError
