import numpy as np
import pytest
from scipy import ndimage


def test_matches_scipy_zoom_with_half_pixel_grid(impl):
    img = np.random.default_rng(0).random((5, 7))
    for oh, ow in [(10, 14), (8, 9), (3, 4), (2, 11)]:
        ref = ndimage.zoom(img, (oh / 5, ow / 7), order=1, grid_mode=True, mode="nearest")
        assert np.allclose(impl.resize_bilinear(img, oh, ow), ref), (oh, ow)


def test_upsample_1d_row_by_hand(impl):
    img = np.array([[0.0, 4.0]])
    # x = (j + .5) / 2 - .5 -> -0.25 (clamped to 0), 0.25, 0.75, 1.25 (clamped to 1)
    assert np.allclose(impl.resize_bilinear(img, 1, 4), [[0.0, 1.0, 3.0, 4.0]])


def test_same_size_is_identity_and_constant_stays_constant(impl):
    img = np.random.default_rng(1).random((4, 6, 3))
    assert np.allclose(impl.resize_bilinear(img, 4, 6), img)
    assert np.allclose(impl.resize_bilinear(np.full((3, 3, 2), 7.0), 5, 8), 7.0)


def test_channels_are_resized_independently(impl):
    rng = np.random.default_rng(2)
    img = rng.random((6, 5, 3))
    out = impl.resize_bilinear(img, 9, 4)
    assert out.shape == (9, 4, 3)
    for c in range(3):
        assert np.allclose(out[..., c], impl.resize_bilinear(img[..., c], 9, 4))


def test_downsample_by_two_averages_pixel_pairs(impl):
    img = np.arange(16.0).reshape(4, 4)
    # half-pixel centres land exactly between input pixels: each output is a 2x2 mean
    assert np.allclose(impl.resize_bilinear(img, 2, 2), img.reshape(2, 2, 2, 2).mean(axis=(1, 3)))


def test_invalid_size_raises(impl):
    with pytest.raises(ValueError):
        impl.resize_bilinear(np.ones((2, 2)), 0, 3)
    with pytest.raises(ValueError):
        impl.resize_bilinear(np.ones((0, 3)), 2, 2)
