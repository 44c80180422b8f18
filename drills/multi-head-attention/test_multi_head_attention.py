import numpy as np
import pytest
from scipy.special import softmax


def _reference(x, Wq, Wk, Wv, Wo, H, mask=None):
    B, L, D = x.shape
    dh = D // H
    Q, K, V = x @ Wq, x @ Wk, x @ Wv
    out = np.zeros((B, L, D))
    for b in range(B):
        for h in range(H):
            cols = slice(h * dh, (h + 1) * dh)
            s = Q[b, :, cols] @ K[b, :, cols].T / np.sqrt(dh)
            if mask is not None:
                s = np.where(np.broadcast_to(mask, (B, H, L, L))[b, h], s, -np.inf)
            out[b, :, cols] = softmax(s, axis=-1) @ V[b, :, cols]
    return out @ Wo


def _weights(rng, D):
    return [rng.normal(size=(D, D)) / np.sqrt(D) for _ in range(4)]


def test_example_split_layout(impl):
    x = np.arange(8.0).reshape(1, 2, 4)
    s = impl.split_heads(x, 2)
    assert s.shape == (1, 2, 2, 2)
    assert np.array_equal(s[0, 1], [[2.0, 3.0], [6.0, 7.0]])


def test_split_merge_roundtrip(impl):
    x = np.random.default_rng(0).normal(size=(2, 5, 12))
    assert np.array_equal(impl.merge_heads(impl.split_heads(x, 3)), x)


def test_matches_per_head_reference(impl):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(2, 5, 8))
    W = _weights(rng, 8)
    out = impl.multi_head_attention(x, *W, n_heads=4)
    assert out.shape == (2, 5, 8)
    assert np.allclose(out, _reference(x, *W, 4))


def test_causal_mask_blocks_the_future(impl):
    rng = np.random.default_rng(2)
    x = rng.normal(size=(1, 6, 8))
    W = _weights(rng, 8)
    causal = np.tril(np.ones((6, 6), dtype=bool))
    out = impl.multi_head_attention(x, *W, n_heads=2, mask=causal)
    assert np.allclose(out, _reference(x, *W, 2, causal))
    x2 = x.copy()
    x2[0, 4:] += 10.0  # future tokens change
    out2 = impl.multi_head_attention(x2, *W, n_heads=2, mask=causal)
    assert np.allclose(out[0, :4], out2[0, :4])


def test_one_head_is_plain_attention(impl):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(1, 4, 6))
    W = _weights(rng, 6)
    assert np.allclose(impl.multi_head_attention(x, *W, n_heads=1), _reference(x, *W, 1))


def test_indivisible_heads_raise(impl):
    with pytest.raises(ValueError):
        impl.split_heads(np.zeros((1, 2, 10)), 3)
