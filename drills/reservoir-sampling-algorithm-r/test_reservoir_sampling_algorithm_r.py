import numpy as np
import pytest
from scipy.stats import chisquare


def test_uses_the_rng_exactly_as_specified(impl):
    got = impl.reservoir_sample(iter(range(20)), 4, np.random.default_rng(11))
    rng, expected = np.random.default_rng(11), [0, 1, 2, 3]
    for i in range(4, 20):
        j = rng.integers(0, i + 1)
        if j < 4:
            expected[j] = i
    assert got == expected


def test_every_item_is_equally_likely(impl):
    rng = np.random.default_rng(0)
    counts = np.zeros(8)
    for _ in range(3000):
        for item in impl.reservoir_sample(range(8), 3, rng):
            counts[item] += 1
    assert counts.sum() == 9000
    assert chisquare(counts).pvalue > 0.01           # uniform: 3000 * 3 / 8 each


def test_first_and_last_items_have_probability_k_over_n(impl):
    rng = np.random.default_rng(1)
    hits = np.zeros(2)
    for _ in range(2500):
        s = impl.reservoir_sample(range(10), 2, rng)
        hits += [0 in s, 9 in s]
    assert np.allclose(hits / 2500, 0.2, atol=0.03)


def test_short_stream_returns_everything_and_single_pass(impl):
    gen = (x * x for x in range(3))                   # a generator can be read only once
    assert impl.reservoir_sample(gen, 5, np.random.default_rng(0)) == [0, 1, 4]
    assert impl.reservoir_sample([], 3, np.random.default_rng(0)) == []


def test_k_zero_and_negative(impl):
    assert impl.reservoir_sample(range(5), 0, np.random.default_rng(0)) == []
    with pytest.raises(ValueError):
        impl.reservoir_sample(range(5), -1, np.random.default_rng(0))
