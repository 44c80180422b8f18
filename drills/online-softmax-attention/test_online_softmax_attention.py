import numpy as np
from scipy.special import logsumexp, softmax


def _full(q, k, v, causal=False, key_mask=None):
    s = q @ k.T / np.sqrt(q.shape[1])
    valid = np.ones(s.shape, dtype=bool)
    if causal:
        valid &= np.tril(np.ones(s.shape, dtype=bool))
    if key_mask is not None:
        valid &= key_mask[None, :]
    s = np.where(valid, s, -np.inf)
    return softmax(s, axis=1) @ v, logsumexp(s, axis=1)


def _qkv(seed, lq=6, lk=7, d=4, dv=3, scale=1.0):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(lq, d)) * scale, rng.normal(size=(lk, d)) * scale, rng.normal(size=(lk, dv))


def test_example(impl):
    q, k, v = np.array([[1.0, 0.0]]), np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.eye(3)
    out, lse = impl.tiled_attention(q, k, v, block_size=2)
    ref_out, ref_lse = _full(q, k, v)
    assert np.allclose(out, ref_out) and np.allclose(lse, ref_lse)


def test_matches_full_attention_for_any_block_size(impl):
    q, k, v = _qkv(0)
    ref_out, ref_lse = _full(q, k, v)
    for bs in (1, 2, 3, 7, 100):
        out, lse = impl.tiled_attention(q, k, v, block_size=bs)
        assert np.allclose(out, ref_out) and np.allclose(lse, ref_lse), bs


def test_causal(impl):
    q, k, v = _qkv(1, lq=5, lk=5)
    out, lse = impl.tiled_attention(q, k, v, block_size=2, causal=True)
    ref_out, ref_lse = _full(q, k, v, causal=True)
    assert np.allclose(out, ref_out) and np.allclose(lse, ref_lse)


def test_fully_masked_leading_blocks_do_not_produce_nan(impl):
    q, k, v = _qkv(2, lq=3, lk=8)
    key_mask = np.array([False, False, False, False, True, True, False, True])  # left padding
    with np.errstate(invalid="raise"):
        out, lse = impl.tiled_attention(q, k, v, block_size=2, key_mask=key_mask)
    ref_out, ref_lse = _full(q, k, v, key_mask=key_mask)
    assert np.allclose(out, ref_out) and np.allclose(lse, ref_lse)


def test_large_scores_are_stable(impl):
    q, k, v = _qkv(3, scale=40.0)  # scores of order 1e3: exp would overflow without the running max
    with np.errstate(over="raise", invalid="raise"):
        out, lse = impl.tiled_attention(q, k, v, block_size=3)
    ref_out, ref_lse = _full(q, k, v)
    assert np.allclose(out, ref_out) and np.allclose(lse, ref_lse)


def test_update_rescales_the_old_state(impl):
    m, l, acc = np.array([1.0]), np.array([2.0]), np.array([[4.0]])
    m2, l2, acc2 = impl.online_softmax_update(m, l, acc, np.array([[3.0, -np.inf]]), np.array([[10.0], [99.0]]))
    assert np.allclose(m2, [3.0])
    assert np.allclose(l2, [2.0 * np.exp(-2.0) + 1.0])
    assert np.allclose(acc2, [[4.0 * np.exp(-2.0) + 10.0]])


def test_merge_partials_over_split_keys(impl):
    q, k, v = _qkv(4, lq=4, lk=9)
    o1, l1 = impl.tiled_attention(q, k[:4], v[:4], block_size=2)
    o2, l2 = impl.tiled_attention(q, k[4:], v[4:], block_size=3)
    o, lse = impl.merge_partials(o1, l1, o2, l2)
    ref_out, ref_lse = _full(q, k, v)
    assert np.allclose(o, ref_out) and np.allclose(lse, ref_lse)
