import numpy as np
from scipy.signal import correlate2d


def _forward(x, w, b, stride, padding):
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.array([[sum(correlate2d(xp[n, c], w[f, c], mode="valid") for c in range(x.shape[1])) + b[f]
                     for f in range(w.shape[0])] for n in range(x.shape[0])])
    return out[:, :, ::stride, ::stride]


def _check(impl, num_grad, seed, N, C, H, W, F, K, stride, padding):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(N, C, H, W))
    KH, KW = (K, K) if isinstance(K, int) else K
    w = rng.normal(size=(F, C, KH, KW))
    b = rng.normal(size=F)
    G = rng.normal(size=_forward(x, w, b, stride, padding).shape)
    loss = lambda: float(np.sum(G * _forward(x, w, b, stride, padding)))
    dx, dw, db = impl.conv2d_backward(G, x, w, stride, padding)
    assert dx.shape == x.shape and dw.shape == w.shape and db.shape == (F,)
    assert np.allclose(dx, num_grad(loss, x), atol=1e-5)
    assert np.allclose(dw, num_grad(loss, w), atol=1e-5)
    assert np.allclose(db, num_grad(loss, b), atol=1e-5)
    return dx


def test_example_overlapping_windows_add_up(impl):
    dx, dw, db = impl.conv2d_backward(np.ones((1, 1, 2, 2)), np.arange(9.0).reshape(1, 1, 3, 3), np.ones((1, 1, 2, 2)))
    assert np.allclose(dx[0, 0], [[1, 2, 1], [2, 4, 2], [1, 2, 1]])
    assert np.allclose(db, [4.0])
    assert np.allclose(dw[0, 0], [[8.0, 12.0], [20.0, 24.0]])


def test_gradients_stride_one_multichannel(impl, num_grad):
    _check(impl, num_grad, 0, N=2, C=2, H=4, W=5, F=3, K=2, stride=1, padding=0)


def test_gradients_with_padding(impl, num_grad):
    _check(impl, num_grad, 1, N=1, C=2, H=4, W=4, F=2, K=3, stride=1, padding=1)


def test_gradients_with_stride_and_uncovered_pixels(impl, num_grad):
    dx = _check(impl, num_grad, 2, N=1, C=1, H=6, W=6, F=2, K=3, stride=2, padding=0)
    assert np.allclose(dx[..., 5, :], 0.0) and np.allclose(dx[..., :, 5], 0.0)  # row/col 5 never read


def test_stride_two_with_padding(impl, num_grad):
    _check(impl, num_grad, 3, N=2, C=1, H=5, W=5, F=1, K=3, stride=2, padding=1)


def test_non_square_kernel_and_image(impl, num_grad):
    # KH != KW and H != W: a solution that uses one kernel size for both axes fails here
    _check(impl, num_grad, 4, N=1, C=2, H=5, W=6, F=2, K=(2, 3), stride=2, padding=1)
