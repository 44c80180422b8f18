import numpy as np
from scipy.special import expit


def _ref_step(x, h, c, W, U, b):
    z = x @ W + h @ U + b
    H = h.shape[1]
    i, f, g, o = expit(z[:, :H]), expit(z[:, H : 2 * H]), np.tanh(z[:, 2 * H : 3 * H]), expit(z[:, 3 * H :])
    c2 = f * c + i * g
    return o * np.tanh(c2), c2


def _params(rng, D, H):
    return rng.normal(size=(D, 4 * H)) * 0.5, rng.normal(size=(H, 4 * H)) * 0.5, rng.normal(size=4 * H) * 0.5


def test_example_forget_gate_keeps_the_cell(impl):
    b = np.array([0.0, 100.0, 0.0, 100.0])
    h, c = impl.lstm_step(np.zeros((1, 1)), np.zeros((1, 1)), np.array([[2.0]]), np.zeros((1, 4)), np.zeros((1, 4)), b)
    assert np.allclose(c, [[2.0]]) and np.allclose(h, [[np.tanh(2.0)]])


def test_gate_order_is_i_f_g_o(impl):
    H = 2
    W, U = np.zeros((1, 4 * H)), np.zeros((H, 4 * H))
    # input gate open, forget gate shut, candidate = tanh(1), output gate open
    b = np.concatenate([np.full(H, 50.0), np.full(H, -50.0), np.full(H, 1.0), np.full(H, 50.0)])
    h, c = impl.lstm_step(np.zeros((1, 1)), np.zeros((1, H)), np.full((1, H), 5.0), W, U, b)
    assert np.allclose(c, np.tanh(1.0)) and np.allclose(h, np.tanh(np.tanh(1.0)))


def test_step_matches_reference(impl):
    rng = np.random.default_rng(0)
    W, U, b = _params(rng, 3, 4)
    x, h, c = rng.normal(size=(5, 3)), rng.normal(size=(5, 4)), rng.normal(size=(5, 4))
    got = impl.lstm_step(x, h, c, W, U, b)
    ref = _ref_step(x, h, c, W, U, b)
    assert np.allclose(got[0], ref[0]) and np.allclose(got[1], ref[1])


def test_sequence_forward(impl):
    rng = np.random.default_rng(1)
    W, U, b = _params(rng, 2, 3)
    x, h0, c0 = rng.normal(size=(2, 6, 2)), rng.normal(size=(2, 3)), rng.normal(size=(2, 3))
    hs, (hT, cT) = impl.lstm_forward(x, h0, c0, W, U, b)
    assert hs.shape == (2, 6, 3)
    h, c = h0, c0
    for t in range(6):
        h, c = _ref_step(x[:, t], h, c, W, U, b)
        assert np.allclose(hs[:, t], h)
    assert np.allclose(hT, h) and np.allclose(cT, c)


def test_large_preactivations_do_not_overflow(impl):
    W, U = np.zeros((1, 4)), np.zeros((1, 4))
    b = np.array([-1000.0, 1000.0, 0.0, -1000.0])
    with np.errstate(over="raise", invalid="raise"):
        h, c = impl.lstm_step(np.zeros((1, 1)), np.zeros((1, 1)), np.array([[3.0]]), W, U, b)
    assert np.allclose(c, [[3.0]]) and np.allclose(h, [[0.0]])
