import numpy as np
import pytest


def test_power_of_two_slopes(impl):
    assert np.allclose(impl.alibi_slopes(8), 2.0 ** -np.arange(1, 9))
    assert np.allclose(impl.alibi_slopes(4), [2**-2, 2**-4, 2**-6, 2**-8])
    assert np.allclose(impl.alibi_slopes(1), [2**-8])


def test_non_power_of_two_slopes(impl):
    assert np.allclose(impl.alibi_slopes(6), [0.25, 0.0625, 0.015625, 0.00390625, 0.5, 0.125])
    s12 = impl.alibi_slopes(12)
    assert s12.shape == (12,)
    assert np.allclose(s12[:8], 2.0 ** -np.arange(1, 9))
    assert np.allclose(s12[8:], 2.0 ** -(np.arange(0, 8, 2) / 2 + 0.5))  # 2^-0.5, 2^-1.5, ...


def test_causal_bias(impl):
    b = impl.alibi_bias(2, 4)
    assert b.shape == (2, 4, 4)
    s = impl.alibi_slopes(2)
    assert np.all(np.diagonal(b, axis1=1, axis2=2) == 0.0)
    assert np.all(np.isneginf(b[:, np.triu_indices(4, 1)[0], np.triu_indices(4, 1)[1]]))
    assert np.isclose(b[1, 3, 0], -3 * s[1]) and np.isclose(b[0, 2, 1], -s[0])


def test_bias_is_translation_invariant_and_symmetric_when_not_causal(impl):
    b = impl.alibi_bias(3, 6, causal=False)
    assert np.all(np.isfinite(b))
    assert np.allclose(b, b.transpose(0, 2, 1))
    assert np.allclose(b[:, 4, 1], b[:, 5, 2])


def test_adding_bias_to_equal_scores_prefers_recent_keys(impl):
    b = impl.alibi_bias(4, 5)
    scores = np.zeros((4, 5, 5)) + b
    e = np.exp(scores - scores.max(-1, keepdims=True))
    w = e / e.sum(-1, keepdims=True)
    assert np.all(np.diff(w[:, 4, :], axis=-1) > 0)  # weights increase towards the query itself


def test_invalid_heads(impl):
    with pytest.raises(ValueError):
        impl.alibi_slopes(0)
