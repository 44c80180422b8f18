import numpy as np
from scipy.special import softmax


def _forward(q, k, v, mask=None):
    s = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    return softmax(s, axis=-1) @ v


def _check(impl, num_grad, q, k, v, mask, G):
    loss = lambda: float(np.sum(G * _forward(q, k, v, mask)))
    dq, dk, dv = impl.attention_backward(G, q, k, v, mask)
    assert dq.shape == q.shape and dk.shape == k.shape and dv.shape == v.shape
    assert np.allclose(dq, num_grad(loss, q), atol=1e-6)
    assert np.allclose(dk, num_grad(loss, k), atol=1e-6)
    assert np.allclose(dv, num_grad(loss, v), atol=1e-6)
    return dq, dk, dv


def test_example(impl):
    q, k, v = np.zeros((1, 2)), np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([[1.0], [3.0]])
    dq, dk, dv = impl.attention_backward(np.ones((1, 1)), q, k, v)
    assert np.allclose(dv, [[0.5], [0.5]])
    assert np.allclose(dq, [[-0.5 / np.sqrt(2), 0.5 / np.sqrt(2)]])
    assert np.allclose(dk, 0.0)  # q = 0 makes the scores insensitive to k


def test_unmasked_gradients(impl, num_grad):
    rng = np.random.default_rng(0)
    q, k, v = rng.normal(size=(3, 4)), rng.normal(size=(5, 4)), rng.normal(size=(5, 2))
    _check(impl, num_grad, q, k, v, None, rng.normal(size=(3, 2)))


def test_causal_mask_gradients(impl, num_grad):
    rng = np.random.default_rng(1)
    q, k, v = rng.normal(size=(4, 3)), rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
    mask = np.tril(np.ones((4, 4), dtype=bool))
    dq, dk, dv = _check(impl, num_grad, q, k, v, mask, rng.normal(size=(4, 3)))
    G = np.zeros((4, 3))
    G[0] = 1.0  # only query 0, which sees key 0 alone
    dq, dk, dv = impl.attention_backward(G, q, k, v, mask)
    assert np.allclose(dk[1:], 0.0) and np.allclose(dv[1:], 0.0)


def test_batched_leading_dims(impl, num_grad):
    rng = np.random.default_rng(2)
    q, k, v = rng.normal(size=(2, 2, 3, 2)), rng.normal(size=(2, 2, 4, 2)), rng.normal(size=(2, 2, 4, 3))
    mask = rng.random((2, 1, 3, 4)) < 0.7
    mask[..., 0] = True
    _check(impl, num_grad, q, k, v, mask, rng.normal(size=(2, 2, 3, 3)))


def test_uniform_upstream_through_sum_to_one(impl):
    # with dv having identical rows, O is constant in P, so dq and dk vanish
    rng = np.random.default_rng(3)
    q, k = rng.normal(size=(3, 4)), rng.normal(size=(5, 4))
    v = np.tile(rng.normal(size=(1, 2)), (5, 1))
    dq, dk, _ = impl.attention_backward(rng.normal(size=(3, 2)), q, k, v)
    assert np.allclose(dq, 0.0, atol=1e-12) and np.allclose(dk, 0.0, atol=1e-12)
