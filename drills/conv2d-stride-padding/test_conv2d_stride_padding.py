import numpy as np
import pytest
from scipy.signal import correlate2d


def _reference(x, w, b, stride, pads):
    (t, bo), (l, r) = pads
    xp = np.pad(x, ((0, 0), (0, 0), (t, bo), (l, r)))
    out = []
    for n in range(x.shape[0]):
        maps = []
        for o in range(w.shape[0]):
            full = sum(correlate2d(xp[n, c], w[o, c], mode="valid") for c in range(x.shape[1]))
            maps.append(full[::stride, ::stride] + b[o])
        out.append(maps)
    return np.array(out)


def _data(seed=0, shape=(2, 3, 7, 8), kshape=(4, 3, 3, 2)):
    rng = np.random.default_rng(seed)
    return rng.normal(size=shape), rng.normal(size=kshape), rng.normal(size=kshape[0])


def test_valid_matches_scipy(impl):
    x, w, b = _data()
    out = impl.conv2d(x, w, b)
    assert out.shape == (2, 4, 5, 7) and np.allclose(out, _reference(x, w, b, 1, ((0, 0), (0, 0))))


def test_stride_and_integer_padding(impl):
    x, w, b = _data(1)
    out = impl.conv2d(x, w, b, stride=2, padding=1)
    assert out.shape == (2, 4, 4, 5)
    assert np.allclose(out, _reference(x, w, b, 2, ((1, 1), (1, 1))))


def test_same_padding_with_even_kernel_pads_bottom_right(impl):
    x, w, b = _data(2)                                 # kernel 3 x 2
    out = impl.conv2d(x, w, b, padding="same")
    assert out.shape == (2, 4, 7, 8)
    assert np.allclose(out, _reference(x, w, b, 1, ((1, 1), (0, 1))))


def test_same_padding_with_stride(impl):
    x, w, b = _data(3, shape=(1, 3, 7, 8), kshape=(2, 3, 3, 3))
    out = impl.conv2d(x, w, b, stride=2, padding="same")
    # H: out 4, total pad (4-1)*2+3-7 = 2 -> (1, 1); W: out 4, total (4-1)*2+3-8 = 1 -> (0, 1)
    assert out.shape == (1, 2, 4, 4)
    assert np.allclose(out, _reference(x, w, b, 2, ((1, 1), (0, 1))))


def test_kernel_is_not_flipped(impl):
    x = np.arange(9.0).reshape(1, 1, 3, 3)
    w = np.array([[[[1.0, 0.0], [0.0, 0.0]]]])          # picks the top-left of each window
    assert impl.conv2d(x, w).tolist() == [[[[0.0, 1.0], [3.0, 4.0]]]]


def test_invalid_input_raises(impl):
    x, w, _ = _data()
    with pytest.raises(ValueError):
        impl.conv2d(x, w[:, :2])
    with pytest.raises(ValueError):
        impl.conv2d(x[:, :, :2, :2], w)
    with pytest.raises(ValueError):
        impl.conv2d(x, w, stride=0)
    with pytest.raises(ValueError):
        impl.conv2d(x, w, stride=-1)
    with pytest.raises(ValueError):
        impl.conv2d(x, w, padding="full")
