import numpy as np
import pytest
from scipy.special import softmax


def test_example(impl):
    p = impl.top_k_probs(np.log(np.array([0.1, 0.4, 0.2, 0.3])), k=2)
    assert np.allclose(p, [0.0, 4 / 7, 0.0, 3 / 7])
    assert np.array_equal(impl.top_k_probs(np.array([1.0, 1.0, 1.0]), k=2), [0.5, 0.5, 0.0])


def test_support_and_renormalisation(impl):
    rng = np.random.default_rng(0)
    logits = rng.normal(size=50) * 3
    for k in (1, 5, 17):
        p = impl.top_k_probs(logits, k, temperature=0.7)
        kept = np.flatnonzero(p)
        assert len(kept) == k and np.isclose(p.sum(), 1.0)
        assert set(kept) == set(np.argsort(-logits)[:k])
        assert np.allclose(p[kept], softmax(logits[kept] / 0.7))


def test_ties_at_the_cutoff_keep_lower_indices(impl):
    logits = np.array([0.0, 2.0, 1.0, 2.0, 1.0, 1.0])
    p = impl.top_k_probs(logits, k=3)
    assert np.array_equal(np.flatnonzero(p), [1, 2, 3])
    logits = np.array([1.0, 2.0, 2.0, 1.0, 1.0, 1.0, 2.0, 0.0, 2.0, 2.0, 0.0, 1.0])
    p = impl.top_k_probs(logits, k=7)
    assert np.array_equal(np.flatnonzero(p), [0, 1, 2, 3, 6, 8, 9])


def test_k_one_is_greedy_and_large_k_is_full_softmax(impl):
    logits = np.array([0.3, 2.5, -1.0, 2.4])
    assert np.array_equal(impl.top_k_probs(logits, 1), [0.0, 1.0, 0.0, 0.0])
    assert np.allclose(impl.top_k_probs(logits, 100), softmax(logits))


def test_samples_stay_in_the_support(impl):
    logits = np.array([5.0, 4.0, 3.0, 2.0, 1.0, 0.0])
    rng = np.random.default_rng(1)
    draws = np.array([impl.top_k_sample(logits, 3, rng) for _ in range(3000)])
    assert set(draws.tolist()) == {0, 1, 2}
    freq = np.bincount(draws, minlength=6)[:3] / len(draws)
    assert np.allclose(freq, softmax(logits[:3]), atol=0.03)


class _FixedU:
    """Stands in for a Generator: random() returns a chosen u."""

    def __init__(self, u):
        self.u = u

    def random(self, *args, **kwargs):
        return self.u


def test_inverse_cdf_runs_over_the_vocabulary_in_index_order(impl):
    logits = np.array([0.0, 2.0, 1.0, 3.0])
    # k=3 keeps tokens 1, 2, 3 with p = .245, .090, .665: cumulative [0, .245, .335, 1] in index order
    # (a cumulative sum over the tokens sorted by probability would map all three to token 3)
    assert [impl.top_k_sample(logits, 3, _FixedU(u)) for u in (0.1, 0.3, 0.5)] == [1, 2, 3]


def test_one_draw_per_sample(impl):
    logits = np.array([1.0, 0.5, 0.2])
    rng = np.random.default_rng(3)
    impl.top_k_sample(logits, 2, rng)
    assert rng.random() == np.random.default_rng(3).random(2)[1]


def test_invalid_arguments(impl):
    with pytest.raises(ValueError):
        impl.top_k_probs(np.zeros(3), 0)
    with pytest.raises(ValueError):
        impl.top_k_probs(np.zeros(3), 2, temperature=0.0)
