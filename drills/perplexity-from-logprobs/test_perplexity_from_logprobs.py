import numpy as np
import pytest


def test_example(impl):
    lp = np.log(np.array([[0.5, 0.5, 1.0], [0.25, 1.0, 1.0]]))
    mask = np.array([[True, True, False], [True, False, False]])
    assert np.isclose(impl.corpus_perplexity(lp, mask), 2 ** (4 / 3))  # exp((ln 2 + ln 2 + ln 4) / 3)
    assert np.allclose(impl.sequence_perplexities(lp, mask), [2.0, 4.0])


def test_token_weighted_not_mean_of_sequences(impl):
    lp = np.array([[np.log(0.5)] * 4, [np.log(0.1), 0.0, 0.0, 0.0]])
    mask = np.array([[True] * 4, [True, False, False, False]])
    ppl = impl.corpus_perplexity(lp, mask)
    assert np.isclose(ppl, np.exp(-(4 * np.log(0.5) + np.log(0.1)) / 5))
    assert not np.isclose(ppl, np.mean(impl.sequence_perplexities(lp, mask)))


def test_uniform_model_has_perplexity_vocab_size(impl):
    V = 50257
    lp = np.full((3, 7), -np.log(V))
    assert np.isclose(impl.corpus_perplexity(lp, np.ones((3, 7), dtype=bool)), V)


def test_padding_values_are_ignored(impl):
    lp = np.array([[-1.0, np.nan, -np.inf], [-2.0, -2.0, 5.0]])
    mask = np.array([[True, False, False], [True, True, False]])
    assert np.isclose(impl.corpus_perplexity(lp, mask), np.exp(5.0 / 3))
    assert np.allclose(impl.sequence_perplexities(lp, mask), [np.e, np.exp(2.0)])


def test_empty_sequence_gets_nan(impl):
    lp = np.array([[-1.0, -1.0], [0.0, 0.0]])
    mask = np.array([[True, True], [False, False]])
    out = impl.sequence_perplexities(lp, mask)
    assert np.isclose(out[0], np.e) and np.isnan(out[1])


def test_invalid_inputs(impl):
    with pytest.raises(ValueError):
        impl.corpus_perplexity(np.zeros((1, 2)), np.zeros((1, 2), dtype=bool))
    with pytest.raises(ValueError):
        impl.corpus_perplexity(np.array([[0.1]]), np.array([[True]]))
    with pytest.raises(ValueError):
        impl.corpus_perplexity(np.zeros((1, 2)), np.ones((2, 1), dtype=bool))
