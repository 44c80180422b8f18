import numpy as np
import pytest


def test_example(impl):
    hs = impl.rnn_forward(np.array([[[1.0], [0.0]]]), np.zeros((1, 1)), np.array([[1.0]]), np.array([[0.5]]), np.zeros(1))
    h1 = np.tanh(1.0)
    assert np.allclose(hs, [[[h1], [np.tanh(0.5 * h1)]]])


def test_matches_step_by_step_reference(impl):
    rng = np.random.default_rng(0)
    N, T, D, H = 3, 5, 4, 6
    x, h0 = rng.normal(size=(N, T, D)), rng.normal(size=(N, H))
    Wx, Wh, b = rng.normal(size=(D, H)) * 0.5, rng.normal(size=(H, H)) * 0.5, rng.normal(size=H)
    hs = impl.rnn_forward(x, h0, Wx, Wh, b)
    assert hs.shape == (N, T, H)
    h = h0
    for t in range(T):
        h = np.tanh(x[:, t] @ Wx + h @ Wh + b)
        assert np.allclose(hs[:, t], h)


def test_initial_state_is_used(impl):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(1, 3, 2))
    Wx, Wh, b = rng.normal(size=(2, 3)), rng.normal(size=(3, 3)), np.zeros(3)
    a = impl.rnn_forward(x, np.zeros((1, 3)), Wx, Wh, b)
    c = impl.rnn_forward(x, np.ones((1, 3)), Wx, Wh, b)
    assert not np.allclose(a[:, 0], c[:, 0])


def test_sequences_in_a_batch_are_independent(impl):
    rng = np.random.default_rng(2)
    x, h0 = rng.normal(size=(4, 3, 2)), rng.normal(size=(4, 5))
    Wx, Wh, b = rng.normal(size=(2, 5)), rng.normal(size=(5, 5)), rng.normal(size=5)
    full = impl.rnn_forward(x, h0, Wx, Wh, b)
    one = impl.rnn_forward(x[2:3], h0[2:3], Wx, Wh, b)
    assert np.allclose(full[2:3], one)


def test_empty_sequence_and_bad_shape(impl):
    out = impl.rnn_forward(np.zeros((2, 0, 3)), np.zeros((2, 4)), np.zeros((3, 4)), np.zeros((4, 4)), np.zeros(4))
    assert out.shape == (2, 0, 4)
    with pytest.raises(ValueError):
        impl.rnn_forward(np.zeros((2, 1, 3)), np.zeros((2, 4)), np.zeros((2, 4)), np.zeros((4, 4)), np.zeros(4))
