import numpy as np
import pytest


def _params(seed, V=7, D=6, max_len=12):
    rng = np.random.default_rng(seed)
    shapes = dict(E=(V, D), P=(max_len, D), Wq=(D, D), Wk=(D, D), Wv=(D, D), Wo=(D, D), U=(D, V))
    return {n: rng.normal(size=s) for n, s in shapes.items()}


def _reference_logits(tokens, p):
    x = p["E"][tokens] + p["P"][: len(tokens)]
    q, k, v = x @ p["Wq"], x @ p["Wk"], x @ p["Wv"]
    s = q @ k.T / np.sqrt(x.shape[1])
    s[np.triu_indices(len(tokens), 1)] = -np.inf
    a = np.exp(s - s.max(1, keepdims=True))
    a /= a.sum(1, keepdims=True)
    return (x + a @ v @ p["Wo"]) @ p["U"]


def test_forward_full_matches_reference(impl):
    p = _params(0)
    tokens = [3, 1, 4, 1, 5]
    assert np.allclose(impl.forward_full(tokens, p), _reference_logits(tokens, p))


def test_each_cached_step_matches_recomputation(impl):
    p = _params(1)
    tokens = [2, 6, 0, 0, 3, 5, 1]
    cache = impl.empty_cache(p)
    assert cache["k"].shape == (0, 6) and cache["v"].shape == (0, 6)
    for t, tok in enumerate(tokens):
        logits, cache = impl.decode_step(tok, cache, p)
        assert cache["k"].shape == (t + 1, 6) and cache["v"].shape == (t + 1, 6)
        assert np.allclose(logits, _reference_logits(tokens[: t + 1], p)[-1])


def test_generation_with_and_without_cache_agree(impl):
    for seed in range(3):
        p = _params(seed + 10)
        with_cache = impl.generate_greedy([1, 2, 3], 6, p)
        without = impl.generate_greedy([1, 2, 3], 6, p, use_cache=False)
        assert with_cache == without and len(with_cache) == 6
        seq = [1, 2, 3]
        for tok in with_cache:  # and both are greedy with respect to the reference model
            assert tok == int(np.argmax(_reference_logits(seq, p)[-1]))
            seq.append(tok)


def test_position_comes_from_the_cache_length(impl):
    p = _params(2)
    cache = impl.empty_cache(p)
    _, cache = impl.decode_step(4, cache, p)
    logits_second, _ = impl.decode_step(4, cache, p)
    first_alone, _ = impl.decode_step(4, impl.empty_cache(p), p)
    assert not np.allclose(logits_second, first_alone)  # same token, different position and context


def test_max_len_is_enforced(impl):
    p = _params(3, max_len=4)
    cache = impl.empty_cache(p)
    for tok in [1, 2, 3, 4]:
        _, cache = impl.decode_step(tok, cache, p)
    with pytest.raises(ValueError):
        impl.decode_step(0, cache, p)
    with pytest.raises(ValueError):
        impl.forward_full([0, 1, 2, 3, 4], p)
