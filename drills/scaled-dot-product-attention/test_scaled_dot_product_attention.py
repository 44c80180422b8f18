import numpy as np
from scipy.special import softmax


def test_example(impl):
    q, k, v = np.array([[1.0, 0.0]]), np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([[1.0], [3.0]])
    out, w = impl.scaled_dot_product_attention(q, k, v, mask=np.array([[True, False]]))
    assert np.allclose(out, [[1.0]]) and np.allclose(w, [[1.0, 0.0]])


def test_matches_reference_with_scaling(impl):
    rng = np.random.default_rng(0)
    q, k, v = rng.normal(size=(2, 3, 4)), rng.normal(size=(2, 5, 4)), rng.normal(size=(2, 5, 6))
    out, w = impl.scaled_dot_product_attention(q, k, v)
    ref_w = softmax(q @ k.transpose(0, 2, 1) / 2.0, axis=-1)  # sqrt(4) = 2
    assert out.shape == (2, 3, 6) and w.shape == (2, 3, 5)
    assert np.allclose(w, ref_w) and np.allclose(out, ref_w @ v)


def test_padding_mask_broadcasts_and_excludes_keys(impl):
    rng = np.random.default_rng(1)
    B, H, L, d = 2, 2, 4, 3
    q, k, v = rng.normal(size=(B, H, L, d)), rng.normal(size=(B, H, L, d)), rng.normal(size=(B, H, L, d))
    lengths = np.array([4, 2])
    mask = (np.arange(L)[None, :] < lengths[:, None])[:, None, None, :]  # (B, 1, 1, L)
    out, w = impl.scaled_dot_product_attention(q, k, v, mask)
    assert np.all(w[1, :, :, 2:] == 0.0)
    assert np.allclose(w.sum(-1), 1.0)
    v2 = v.copy()
    v2[1, :, 2:] = 1e6  # changing padded values must not change anything
    out2, _ = impl.scaled_dot_product_attention(q, k, v2, mask)
    assert np.allclose(out, out2)


def test_causal_mask(impl):
    rng = np.random.default_rng(2)
    q = k = v = rng.normal(size=(5, 2))
    causal = np.tril(np.ones((5, 5), dtype=bool))
    out, w = impl.scaled_dot_product_attention(q, k, v, causal)
    assert np.allclose(np.triu(w, 1), 0.0)
    assert np.allclose(out[0], v[0])


def test_large_scores_are_stable(impl):
    q = np.array([[1000.0, 0.0]])
    k = np.array([[1000.0, 0.0], [999.0, 0.0]])
    v = np.array([[1.0], [0.0]])
    out, w = impl.scaled_dot_product_attention(q, k, v)
    assert np.all(np.isfinite(w))
    assert np.allclose(w, softmax(np.array([[1e6, 999e3]]) / np.sqrt(2), axis=-1))


def test_fully_masked_row_gives_zeros(impl):
    q, k, v = np.ones((2, 2)), np.ones((3, 2)), np.ones((3, 2))
    mask = np.array([[True, True, False], [False, False, False]])
    with np.errstate(invalid="raise"):
        out, w = impl.scaled_dot_product_attention(q, k, v, mask)
    assert np.allclose(w[0], [0.5, 0.5, 0.0])
    assert np.array_equal(w[1], np.zeros(3)) and np.array_equal(out[1], np.zeros(2))
