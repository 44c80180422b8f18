import numpy as np
import pytest
from scipy.special import softmax


def _mha_reference(x, Wq, Wk, Wv, Wo, H, causal=True):
    """Plain multi-head attention where every query head has its own K/V projection block."""
    B, L, _ = x.shape
    dh = Wq.shape[1] // H
    Q, K, V = x @ Wq, x @ Wk, x @ Wv
    out = np.zeros((B, L, H * dh))
    tri = np.tril(np.ones((L, L), dtype=bool))
    for b in range(B):
        for h in range(H):
            c = slice(h * dh, (h + 1) * dh)
            s = Q[b, :, c] @ K[b, :, c].T / np.sqrt(dh)
            if causal:
                s = np.where(tri, s, -np.inf)
            out[b, :, c] = softmax(s, axis=-1) @ V[b, :, c]
    return out @ Wo


def _expand_kv(W, n_heads, n_kv_heads, dh):
    """Repeat each KV head's columns for the g query heads of its group."""
    g = n_heads // n_kv_heads
    blocks = [W[:, (h // g) * dh : (h // g + 1) * dh] for h in range(n_heads)]
    return np.concatenate(blocks, axis=1)


def _setup(seed, D=8, H=4, Hkv=2, dh=3, B=2, L=5):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(B, L, D))
    Wq = rng.normal(size=(D, H * dh)) / np.sqrt(D)
    Wk = rng.normal(size=(D, Hkv * dh)) / np.sqrt(D)
    Wv = rng.normal(size=(D, Hkv * dh)) / np.sqrt(D)
    Wo = rng.normal(size=(H * dh, D)) / np.sqrt(H * dh)
    return x, Wq, Wk, Wv, Wo


def test_equals_mha_with_duplicated_kv_heads(impl):
    x, Wq, Wk, Wv, Wo = _setup(0, H=4, Hkv=2)
    out = impl.grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads=4, n_kv_heads=2)
    ref = _mha_reference(x, Wq, _expand_kv(Wk, 4, 2, 3), _expand_kv(Wv, 4, 2, 3), Wo, 4)
    assert out.shape == x.shape and np.allclose(out, ref)


def test_full_kv_heads_is_mha(impl):
    x, Wq, Wk, Wv, Wo = _setup(1, H=3, Hkv=3)
    out = impl.grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads=3, n_kv_heads=3)
    assert np.allclose(out, _mha_reference(x, Wq, Wk, Wv, Wo, 3))


def test_multi_query_attention_non_causal(impl):
    x, Wq, Wk, Wv, Wo = _setup(2, H=4, Hkv=1, L=4)
    out = impl.grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads=4, n_kv_heads=1, causal=False)
    ref = _mha_reference(x, Wq, np.tile(Wk, 4), np.tile(Wv, 4), Wo, 4, causal=False)
    assert np.allclose(out, ref)


def test_grouping_is_consecutive_not_round_robin(impl):
    x, Wq, Wk, Wv, Wo = _setup(3, H=4, Hkv=2)
    out = impl.grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads=4, n_kv_heads=2)
    # round robin would pair query head h with kv head h % 2
    rr_k = np.concatenate([Wk[:, (h % 2) * 3 : (h % 2 + 1) * 3] for h in range(4)], axis=1)
    rr_v = np.concatenate([Wv[:, (h % 2) * 3 : (h % 2 + 1) * 3] for h in range(4)], axis=1)
    assert not np.allclose(out, _mha_reference(x, Wq, rr_k, rr_v, Wo, 4))


def test_causality(impl):
    x, Wq, Wk, Wv, Wo = _setup(4)
    out = impl.grouped_query_attention(x, Wq, Wk, Wv, Wo, 4, 2)
    x2 = x.copy()
    x2[:, 3:] = 0.0
    out2 = impl.grouped_query_attention(x2, Wq, Wk, Wv, Wo, 4, 2)
    assert np.allclose(out[:, :3], out2[:, :3])


def test_invalid_head_counts(impl):
    x, Wq, Wk, Wv, Wo = _setup(5, H=4, Hkv=2)
    with pytest.raises(ValueError):
        impl.grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads=4, n_kv_heads=3)
    with pytest.raises(ValueError):
        impl.grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads=4, n_kv_heads=1)
