import numpy as np
import pytest


def _setup(seed, N=4, din=6, dout=5, r=2):
    rng = np.random.default_rng(seed)
    return (rng.normal(size=(N, din)), rng.normal(size=(din, dout)), rng.normal(size=dout),
            rng.normal(size=(din, r)), rng.normal(size=(r, dout)))


def test_example(impl):
    x, W, A, B = np.array([[1.0, 2.0]]), np.zeros((2, 2)), np.array([[1.0], [0.0]]), np.array([[0.0, 3.0]])
    assert np.allclose(impl.lora_forward(x, W, np.zeros(2), A, B, alpha=2.0), [[0.0, 6.0]])
    assert np.allclose(impl.merge_lora(W, A, B, alpha=2.0), [[0.0, 6.0], [0.0, 0.0]])


def test_merged_equals_unmerged(impl):
    x, W, b, A, B = _setup(0, r=3)
    merged = impl.merge_lora(W, A, B, alpha=16.0)
    assert np.allclose(x @ merged + b, impl.lora_forward(x, W, b, A, B, alpha=16.0))


def test_scaling_is_alpha_over_rank(impl):
    x, W, b, A, B = _setup(1, r=4)
    delta = impl.lora_forward(x, W, b, A, B, alpha=8.0) - (x @ W + b)
    assert np.allclose(delta, 2.0 * (x @ A @ B))
    # doubling the rank with alpha fixed halves the scale
    A2, B2 = np.hstack([A, A]), np.vstack([B, B])
    delta2 = impl.lora_forward(x, W, b, A2, B2, alpha=8.0) - (x @ W + b)
    assert np.allclose(delta2, delta)


def test_zero_B_starts_at_the_base_model(impl):
    x, W, b, A, _ = _setup(2)
    B0 = np.zeros((2, 5))
    assert np.allclose(impl.lora_forward(x, W, b, A, B0, alpha=4.0), x @ W + b)
    dA, dB = impl.lora_backward(np.ones((4, 5)), x, A, B0, alpha=4.0)
    assert np.allclose(dA, 0.0) and not np.allclose(dB, 0.0)


def test_gradients_match_finite_differences(impl):
    x, W, b, A, B = _setup(3)
    G = np.random.default_rng(9).normal(size=(4, 5))
    dA, dB = impl.lora_backward(G, x, A, B, alpha=3.0)
    h = 1e-6
    for M, dM in ((A, dA), (B, dB)):
        num = np.zeros_like(M)
        for i in np.ndindex(M.shape):
            old = M[i]
            M[i] = old + h
            fp = np.sum(G * impl.lora_forward(x, W, b, A, B, 3.0))
            M[i] = old - h
            fm = np.sum(G * impl.lora_forward(x, W, b, A, B, 3.0))
            M[i] = old
            num[i] = (fp - fm) / (2 * h)
        assert dM.shape == M.shape and np.allclose(dM, num, atol=1e-6)


def test_rank_mismatch_raises(impl):
    x, W, b, A, B = _setup(4)
    with pytest.raises(ValueError):
        impl.lora_forward(x, W, b, A, np.zeros((3, 5)), alpha=1.0)
