import numpy as np
import pytest


def test_hand_example_2x2(impl):
    x = np.array([[1.0, 3.0, 2.0, 0.0],
                  [4.0, 2.0, 1.0, 5.0],
                  [0.0, 1.0, 7.0, 2.0],
                  [6.0, 2.0, 3.0, 1.0]])
    assert impl.max_pool2d(x, 2).tolist() == [[4.0, 5.0], [6.0, 7.0]]


def test_overlapping_windows_with_stride_one(impl):
    x = np.arange(9.0).reshape(3, 3)
    assert impl.max_pool2d(x, 2, stride=1).tolist() == [[4.0, 5.0], [7.0, 8.0]]


def test_floor_mode_drops_the_partial_window(impl):
    x = np.arange(25.0).reshape(5, 5)
    out = impl.max_pool2d(x, 2)
    assert out.shape == (2, 2) and out.tolist() == [[6.0, 8.0], [16.0, 18.0]]


def test_batch_and_channels_and_negative_values(impl):
    rng = np.random.default_rng(0)
    x = -np.abs(rng.normal(size=(2, 3, 6, 6))) - 1.0     # all negative: zero-initialised maxima are wrong
    out = impl.max_pool2d(x, 3, stride=3)
    ref = x.reshape(2, 3, 2, 3, 2, 3).max(axis=(3, 5))
    assert out.shape == (2, 3, 2, 2) and np.allclose(out, ref)


def test_non_square_stride_geometry(impl):
    x = np.arange(4 * 7.0).reshape(4, 7)
    out = impl.max_pool2d(x, 3, stride=2)
    assert out.shape == (1, 3) and out.tolist() == [[16.0, 18.0, 20.0]]


def test_invalid_kernel_raises(impl):
    with pytest.raises(ValueError):
        impl.max_pool2d(np.zeros((2, 2)), 3)
    with pytest.raises(ValueError):
        impl.max_pool2d(np.zeros((4, 4)), 2, stride=0)
    with pytest.raises(ValueError):                     # slicing with step -1 would not complain
        impl.max_pool2d(np.zeros((4, 4)), 2, stride=-1)
    with pytest.raises(ValueError):
        impl.max_pool2d(np.zeros((4, 4)), 0)
