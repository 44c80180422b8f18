import numpy as np


def _forward(x, h0, Wx, Wh, b):
    h, out = h0, []
    for t in range(x.shape[1]):
        h = np.tanh(x[:, t] @ Wx + h @ Wh + b)
        out.append(h)
    return np.stack(out, axis=1)


def test_example(impl):
    x, h0 = np.array([[[1.0], [0.0]]]), np.zeros((1, 1))
    Wx, Wh, b = np.array([[1.0]]), np.array([[0.5]]), np.zeros(1)
    dx, dh0, dWx, dWh, db = impl.rnn_backward(np.array([[[0.0], [1.0]]]), x, h0, Wx, Wh, b)
    h1 = np.tanh(1.0)
    h2 = np.tanh(0.5 * h1)
    da2 = 1 - h2**2
    da1 = da2 * 0.5 * (1 - h1**2)
    assert np.allclose(dx, [[[da1], [da2]]])
    assert np.allclose(dWh, [[da2 * h1]]) and np.allclose(dh0, [[0.5 * da1]])


def test_all_gradients_match_finite_differences(impl, num_grad):
    rng = np.random.default_rng(0)
    N, T, D, H = 2, 4, 3, 3
    x, h0 = rng.normal(size=(N, T, D)), rng.normal(size=(N, H))
    Wx, Wh, b = rng.normal(size=(D, H)) * 0.6, rng.normal(size=(H, H)) * 0.6, rng.normal(size=H) * 0.1
    G = rng.normal(size=(N, T, H))
    loss = lambda: float(np.sum(G * _forward(x, h0, Wx, Wh, b)))
    grads = impl.rnn_backward(G, x, h0, Wx, Wh, b)
    for got, arr in zip(grads, (x, h0, Wx, Wh, b)):
        assert got.shape == arr.shape
        assert np.allclose(got, num_grad(loss, arr), atol=1e-6)


def test_loss_on_last_state_only_reaches_early_inputs(impl, num_grad):
    rng = np.random.default_rng(1)
    x, h0 = rng.normal(size=(1, 5, 2)), np.zeros((1, 3))
    Wx, Wh, b = rng.normal(size=(2, 3)), rng.normal(size=(3, 3)) * 0.8, np.zeros(3)
    dhs = np.zeros((1, 5, 3))
    dhs[:, -1] = 1.0
    dx, *_ = impl.rnn_backward(dhs, x, h0, Wx, Wh, b)
    assert np.all(np.abs(dx[0, 0]) > 0)  # credit reaches step 0 through the recurrence
    loss = lambda: float(np.sum(_forward(x, h0, Wx, Wh, b)[:, -1]))
    assert np.allclose(dx, num_grad(loss, x), atol=1e-6)


def test_zero_upstream_gradient(impl):
    rng = np.random.default_rng(2)
    x, h0 = rng.normal(size=(2, 3, 2)), rng.normal(size=(2, 2))
    grads = impl.rnn_backward(np.zeros((2, 3, 2)), x, h0, rng.normal(size=(2, 2)), rng.normal(size=(2, 2)), np.zeros(2))
    assert all(np.allclose(g, 0.0) for g in grads)
