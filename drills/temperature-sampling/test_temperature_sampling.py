import numpy as np
import pytest
from scipy.special import softmax


def test_example_greedy_ties_and_temperature(impl):
    assert np.array_equal(impl.temperature_probs(np.array([1.0, 2.0, 2.0]), 0.0), [0.0, 1.0, 0.0])
    assert np.allclose(impl.temperature_probs(np.log(np.array([0.2, 0.8])), 0.5), [0.04 / 0.68, 0.64 / 0.68])


def test_matches_scaled_softmax_and_is_stable(impl):
    logits = np.array([1e4, 1e4 - 1.0, -1e4])
    for T in (0.3, 1.0, 7.0):
        p = impl.temperature_probs(logits, T)
        assert np.all(np.isfinite(p)) and np.isclose(p.sum(), 1.0)
        assert np.allclose(p, softmax(logits / T))


def test_sampling_is_inverse_cdf_with_one_draw(impl):
    logits = np.log(np.array([0.1, 0.0 + 1e-300, 0.6, 0.3]))
    for seed in range(20):
        u = np.random.default_rng(seed).random()
        p = softmax(logits)
        expected = int(np.searchsorted(np.cumsum(p), u, side="right"))
        rng = np.random.default_rng(seed)
        assert impl.sample_token(logits, 1.0, rng) == expected
        assert rng.random() == np.random.default_rng(seed).random(2)[1]  # exactly one draw consumed


class _FixedRNG:
    def __init__(self, u):
        self.u = u

    def random(self):
        return self.u


def test_u_equal_to_a_cdf_value_takes_the_next_token(impl):
    # cdf = [0.5, 1.0]; the first index whose cdf is strictly greater than u = 0.5 is 1
    assert impl.sample_token(np.log(np.array([0.5, 0.5])), 1.0, _FixedRNG(0.5)) == 1
    assert impl.sample_token(np.log(np.array([0.5, 0.5])), 1.0, _FixedRNG(0.0)) == 0


def test_u_beyond_a_cdf_that_rounds_below_one_takes_the_last_nonzero_token(impl):
    # ten tokens of probability 0.1: cumsum ends at 0.9999999999999999, the largest u random() returns;
    # the last token has probability 0, so it must not be returned (nor an out-of-range index)
    logits = np.array([0.0] * 10 + [-np.inf])
    assert impl.sample_token(logits, 1.0, _FixedRNG(np.nextafter(1.0, 0.0))) == 9


def test_greedy_does_not_touch_the_generator(impl):
    rng = np.random.default_rng(0)
    state = rng.bit_generator.state
    assert impl.sample_token(np.array([0.5, 3.0, 3.0, -1.0]), 0.0, rng) == 1
    assert rng.bit_generator.state == state


def test_empirical_frequencies_follow_temperature(impl):
    logits = np.array([2.0, 1.0, 0.0])
    rng = np.random.default_rng(1)
    draws = np.array([impl.sample_token(logits, 2.0, rng) for _ in range(4000)])
    freq = np.bincount(draws, minlength=3) / len(draws)
    assert np.allclose(freq, softmax(logits / 2.0), atol=0.03)


def test_zero_probability_token_is_never_sampled(impl):
    logits = np.array([0.0, -np.inf, 0.0])
    rng = np.random.default_rng(2)
    assert all(impl.sample_token(logits, 1.0, rng) != 1 for _ in range(500))


def test_negative_temperature_raises(impl):
    with pytest.raises(ValueError):
        impl.temperature_probs(np.zeros(3), -0.1)
