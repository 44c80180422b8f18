import numpy as np
from scipy.special import softmax


def _params(rng, D=8, F=16):
    s = 1 / np.sqrt(D)
    return dict(
        ln1_g=1 + 0.1 * rng.normal(size=D), ln1_b=0.1 * rng.normal(size=D),
        ln2_g=1 + 0.1 * rng.normal(size=D), ln2_b=0.1 * rng.normal(size=D),
        Wq=rng.normal(size=(D, D)) * s, Wk=rng.normal(size=(D, D)) * s,
        Wv=rng.normal(size=(D, D)) * s, Wo=rng.normal(size=(D, D)) * s,
        W1=rng.normal(size=(D, F)) * s, b1=0.1 * rng.normal(size=F),
        W2=rng.normal(size=(F, D)) / np.sqrt(F), b2=0.1 * rng.normal(size=D),
    )


def _reference(x, p, H, eps=1e-5):
    def ln(t, g, b):
        return g * (t - t.mean(-1, keepdims=True)) / np.sqrt(t.var(-1, keepdims=True) + eps) + b

    B, L, D = x.shape
    dh = D // H
    a = ln(x, p["ln1_g"], p["ln1_b"])
    Q, K, V = a @ p["Wq"], a @ p["Wk"], a @ p["Wv"]
    att = np.zeros_like(x)
    tri = np.tril(np.ones((L, L), dtype=bool))
    for b in range(B):
        for h in range(H):
            c = slice(h * dh, (h + 1) * dh)
            s = np.where(tri, Q[b, :, c] @ K[b, :, c].T / np.sqrt(dh), -np.inf)
            att[b, :, c] = softmax(s, axis=-1) @ V[b, :, c]
    hdn = x + att @ p["Wo"]
    u = ln(hdn, p["ln2_g"], p["ln2_b"]) @ p["W1"] + p["b1"]
    gelu = 0.5 * u * (1 + np.tanh(np.sqrt(2 / np.pi) * (u + 0.044715 * u**3)))
    return hdn + gelu @ p["W2"] + p["b2"]


def test_example_zero_branches_leave_only_the_bias(impl):
    D = 4
    p = dict(ln1_g=np.ones(D), ln1_b=np.zeros(D), ln2_g=np.ones(D), ln2_b=np.zeros(D),
             Wq=np.eye(D), Wk=np.eye(D), Wv=np.eye(D), Wo=np.zeros((D, D)),
             W1=np.ones((D, 8)), b1=np.zeros(8), W2=np.zeros((8, D)), b2=np.ones(D))
    assert np.allclose(impl.transformer_block(np.zeros((1, 2, D)), p, n_heads=2), 1.0)


def test_matches_reference(impl):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2, 5, 8))
    p = _params(rng)
    out = impl.transformer_block(x, p, n_heads=2)
    assert out.shape == x.shape
    assert np.allclose(out, _reference(x, p, 2), atol=1e-10)


def test_residual_path_is_identity_when_branches_are_zero(impl):
    rng = np.random.default_rng(1)
    x = rng.normal(size=(1, 4, 8)) * 5
    p = _params(rng)
    p["Wo"] = np.zeros((8, 8))
    p["W2"] = np.zeros((16, 8))
    p["b2"] = np.zeros(8)
    assert np.allclose(impl.transformer_block(x, p, n_heads=4), x)  # post-LN would normalise x


def test_is_causal(impl):
    rng = np.random.default_rng(2)
    x = rng.normal(size=(1, 6, 8))
    p = _params(rng)
    out = impl.transformer_block(x, p, n_heads=2)
    x2 = x.copy()
    x2[0, 3:] = rng.normal(size=(3, 8))
    assert np.allclose(out[0, :3], impl.transformer_block(x2, p, n_heads=2)[0, :3])


def test_uses_the_given_eps_and_head_count(impl):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(1, 4, 8)) * 1e-2  # tiny activations: eps matters
    p = _params(rng)
    assert np.allclose(impl.transformer_block(x, p, 2, eps=1e-3), _reference(x, p, 2, eps=1e-3), atol=1e-10)
    assert np.allclose(impl.transformer_block(x, p, 4), _reference(x, p, 4), atol=1e-10)
