import numpy as np


def hflip(image: np.ndarray, boxes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flip an image left-right and move its boxes with it.

    image: (H, W, C) array of any dtype; boxes: float (N, 4) as (x1, y1, x2, y2) in continuous
    pixel coordinates on [0, W] x [0, H] (pixel column c spans [c, c + 1)).
    The flipped box is (W - x2, y1, W - x1, y2), so x1 <= x2 still holds.
    Returns (flipped image, same shape and dtype; new boxes, float (N, 4)). The inputs are not modified.
    """
    image = np.asarray(image)
    boxes = np.asarray(boxes, dtype=float).reshape(-1, 4)
    W = image.shape[1]
    flipped = image[:, ::-1].copy()
    new = boxes.copy()
    new[:, 0], new[:, 2] = W - boxes[:, 2], W - boxes[:, 0]   # swap so x1 stays the left edge
    return flipped, new


def normalize(image: np.ndarray, mean: np.ndarray, std: np.ndarray) -> np.ndarray:
    """Scale a uint8 (H, W, C) image to [0, 1] and standardise each channel: (image / 255 - mean) / std.

    mean, std: float (C,) in [0, 1] units, std > 0. Returns float32 (H, W, C).
    Raises ValueError if the channel counts differ or a std is not positive.
    """
    image = np.asarray(image)
    mean = np.asarray(mean, dtype=np.float32)
    std = np.asarray(std, dtype=np.float32)
    if image.shape[-1] != len(mean) or len(mean) != len(std) or (std <= 0).any():
        raise ValueError("mean and std need one positive entry per channel")
    # convert before arithmetic: uint8 subtraction would wrap around
    return (image.astype(np.float32) / 255.0 - mean) / std
