import numpy as np
import pytest
from scipy.special import softmax


def test_example_boundary_token_is_kept(impl):
    logits = np.log(np.array([0.5, 0.2, 0.3]))
    assert np.allclose(impl.top_p_probs(logits, 0.75), [0.625, 0.0, 0.375])
    assert np.allclose(impl.top_p_probs(logits, 0.51), [0.625, 0.0, 0.375])  # 0.5 < 0.51: 0.3 joins
    assert np.allclose(impl.top_p_probs(logits, 0.5 - 1e-9), [1.0, 0.0, 0.0])
    assert np.allclose(impl.top_p_probs(logits, 0.81), [0.5, 0.2, 0.3])


def test_smallest_prefix_and_renormalisation(impl):
    rng = np.random.default_rng(0)
    logits = rng.normal(size=40) * 2
    q = softmax(logits)
    for p in (0.1, 0.5, 0.9, 0.99):
        out = impl.top_p_probs(logits, p)
        kept = np.flatnonzero(out)
        assert np.isclose(out.sum(), 1.0)
        assert q[kept].sum() >= p - 1e-12
        smallest_kept = q[kept].min()
        assert q[kept].sum() - smallest_kept < p  # dropping any kept token would fall below p
        assert np.all(q[np.setdiff1d(np.arange(40), kept)] <= smallest_kept)
        assert np.allclose(out[kept], q[kept] / q[kept].sum())


def test_tiny_p_keeps_the_top_token_and_p_one_keeps_all(impl):
    logits = np.array([0.1, 3.0, 2.9, -1.0])
    assert np.array_equal(impl.top_p_probs(logits, 1e-9), [0.0, 1.0, 0.0, 0.0])
    assert np.allclose(impl.top_p_probs(logits, 1.0), softmax(logits))


def test_ties_prefer_lower_indices(impl):
    logits = np.zeros(4)  # each token 0.25
    assert np.allclose(impl.top_p_probs(logits, 0.5), [0.5, 0.5, 0.0, 0.0])


def test_temperature_is_applied_before_filtering(impl):
    logits = np.log(np.array([0.6, 0.3, 0.1]))
    # at T = 1 nucleus 0.6 is token 0 alone; at T = 3 the distribution flattens and needs two tokens
    assert np.count_nonzero(impl.top_p_probs(logits, 0.6)) == 1
    out = impl.top_p_probs(logits, 0.6, temperature=3.0)
    q = softmax(logits / 3.0)
    assert np.count_nonzero(out) == 2 and np.allclose(out[:2], q[:2] / q[:2].sum())


def test_samples_stay_in_the_nucleus(impl):
    logits = np.log(np.array([0.05, 0.4, 0.05, 0.3, 0.2]))
    rng = np.random.default_rng(1)
    draws = np.array([impl.top_p_sample(logits, 0.85, rng) for _ in range(3000)])
    assert set(draws.tolist()) == {1, 3, 4}
    freq = np.bincount(draws, minlength=5)[[1, 3, 4]] / len(draws)
    assert np.allclose(freq, np.array([0.4, 0.3, 0.2]) / 0.9, atol=0.03)


def test_invalid_arguments(impl):
    for p in (0.0, 1.5):
        with pytest.raises(ValueError):
            impl.top_p_probs(np.zeros(3), p)
    for t in (0.0, -1.0):
        with pytest.raises(ValueError):
            impl.top_p_probs(np.zeros(3), 0.9, temperature=t)
