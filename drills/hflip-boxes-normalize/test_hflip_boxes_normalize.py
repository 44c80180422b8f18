import numpy as np
import pytest


def _image(seed=0, H=6, W=9):
    return np.random.default_rng(seed).integers(0, 256, size=(H, W, 3), dtype=np.uint8)


def test_flipped_box_covers_the_same_pixels(impl):
    img = _image()
    boxes = np.array([[1.0, 2.0, 4.0, 5.0], [0.0, 0.0, 9.0, 6.0]])
    flipped, new = impl.hflip(img, boxes)
    assert np.allclose(new, [[5.0, 2.0, 8.0, 5.0], [0.0, 0.0, 9.0, 6.0]])
    crop = img[2:5, 1:4]
    crop_flipped = flipped[2:5, 5:8]
    assert np.array_equal(crop_flipped, crop[:, ::-1])


def test_flip_twice_is_identity_and_inputs_untouched(impl):
    img = _image(1)
    boxes = np.array([[0.5, 1.0, 3.25, 2.0]])
    img_copy, boxes_copy = img.copy(), boxes.copy()
    f1, b1 = impl.hflip(img, boxes)
    f2, b2 = impl.hflip(f1, b1)
    assert np.array_equal(f2, img) and np.allclose(b2, boxes)
    assert np.array_equal(img, img_copy) and np.array_equal(boxes, boxes_copy)
    assert f1.dtype == img.dtype and np.all(b1[:, 0] <= b1[:, 2])


def test_flip_moves_columns_not_rows_or_channels(impl):
    img = np.arange(2 * 3 * 2).reshape(2, 3, 2)
    flipped, _ = impl.hflip(img, np.zeros((0, 4)))
    assert flipped[:, :, 0].tolist() == [[4, 2, 0], [10, 8, 6]]


def test_normalize_values_and_dtype(impl):
    img = np.array([[[0, 128, 255]]], dtype=np.uint8)
    out = impl.normalize(img, np.array([0.5, 0.5, 0.5]), np.array([0.5, 0.25, 0.5]))
    assert out.dtype == np.float32
    assert np.allclose(out, [[[-1.0, (128 / 255 - 0.5) / 0.25, 1.0]]], atol=1e-6)


def test_normalize_per_channel_statistics(impl):
    img = _image(2, H=20, W=20)
    mean = img.reshape(-1, 3).mean(0) / 255
    std = img.reshape(-1, 3).std(0) / 255
    out = impl.normalize(img, mean, std)
    assert np.allclose(out.reshape(-1, 3).mean(0), 0, atol=1e-5) and np.allclose(out.reshape(-1, 3).std(0), 1, atol=1e-4)


def test_normalize_invalid_raises(impl):
    with pytest.raises(ValueError):
        impl.normalize(_image(), np.zeros(2), np.ones(2))
    with pytest.raises(ValueError):
        impl.normalize(_image(), np.zeros(3), np.array([1.0, 0.0, 1.0]))
