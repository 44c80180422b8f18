import numpy as np
from scipy.special import expit


def _ref(x, h, W, U, b_ih, b_hh):
    H = h.shape[1]
    a, c = x @ W + b_ih, h @ U + b_hh
    r = expit(a[:, :H] + c[:, :H])
    z = expit(a[:, H : 2 * H] + c[:, H : 2 * H])
    n = np.tanh(a[:, 2 * H :] + r * c[:, 2 * H :])
    return (1 - z) * n + z * h


def test_example_update_gate_closed_takes_the_candidate(impl):
    W, U = np.zeros((1, 3)), np.zeros((1, 3))
    out = impl.gru_step(np.zeros((1, 1)), np.array([[0.5]]), W, U, np.array([0.0, -100.0, 1.0]), np.zeros(3))
    assert np.allclose(out, [[np.tanh(1.0)]])


def test_update_gate_open_copies_the_state(impl):
    rng = np.random.default_rng(0)
    H = 3
    W, U = rng.normal(size=(2, 3 * H)), rng.normal(size=(H, 3 * H)) * 0.01
    b_ih = np.concatenate([np.zeros(H), np.full(H, 60.0), np.zeros(H)])
    h = rng.normal(size=(4, H))
    out = impl.gru_step(rng.normal(size=(4, 2)) * 0.01, h, W, U, b_ih, np.zeros(3 * H))
    assert np.allclose(out, h)


def test_reset_gate_multiplies_the_hidden_bias(impl):
    W, U = np.zeros((1, 3)), np.zeros((1, 3))
    b_ih = np.array([-60.0, -60.0, 0.2])  # r = 0, z = 0
    b_hh = np.array([0.0, 0.0, 5.0])  # b_hn is gated away by r = 0
    out = impl.gru_step(np.zeros((1, 1)), np.array([[0.7]]), W, U, b_ih, b_hh)
    assert np.allclose(out, [[np.tanh(0.2)]])


def test_matches_reference_random(impl):
    rng = np.random.default_rng(1)
    N, D, H = 5, 3, 4
    args = (rng.normal(size=(N, D)), rng.normal(size=(N, H)), rng.normal(size=(D, 3 * H)),
            rng.normal(size=(H, 3 * H)), rng.normal(size=3 * H), rng.normal(size=3 * H))
    out = impl.gru_step(*args)
    assert out.shape == (N, H) and np.allclose(out, _ref(*args))


def test_large_preactivations_do_not_overflow(impl):
    with np.errstate(over="raise", invalid="raise"):
        out = impl.gru_step(np.zeros((1, 1)), np.array([[0.3]]), np.zeros((1, 3)), np.zeros((1, 3)),
                            np.array([-1000.0, 1000.0, 0.0]), np.zeros(3))
    assert np.allclose(out, [[0.3]])
