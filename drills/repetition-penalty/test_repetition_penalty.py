import numpy as np
import pytest


def test_example(impl):
    logits = np.array([2.0, -2.0, 1.0])
    assert np.array_equal(impl.apply_repetition_penalty(logits, np.array([0, 1, 1]), 2.0), [1.0, -4.0, 1.0])
    assert np.allclose(impl.apply_presence_frequency_penalty(logits, np.array([0, 1, 1]), 0.5, 0.25), [1.25, -3.0, 1.0])


def test_penalty_always_lowers_seen_tokens(impl):
    rng = np.random.default_rng(0)
    logits = rng.normal(size=20) * 3
    ctx = np.array([0, 3, 3, 7, 19, 12])
    out = impl.apply_repetition_penalty(logits, ctx, 1.3)
    seen = np.unique(ctx)
    assert np.all(out[seen] < logits[seen])
    unseen = np.setdiff1d(np.arange(20), seen)
    assert np.array_equal(out[unseen], logits[unseen])


def test_repeats_are_penalised_once(impl):
    logits = np.array([4.0, 4.0])
    out = impl.apply_repetition_penalty(logits, np.array([0, 0, 0, 1]), 2.0)
    assert np.array_equal(out, [2.0, 2.0])


def test_frequency_counts_every_occurrence(impl):
    logits = np.zeros(4)
    out = impl.apply_presence_frequency_penalty(logits, np.array([2, 2, 2, 0]), presence=1.0, frequency=0.5)
    assert np.allclose(out, [-1.5, 0.0, -2.5, 0.0])


def test_identity_cases_and_no_mutation(impl):
    logits = np.array([1.0, -1.0, 0.5])
    before = logits.copy()
    assert np.array_equal(impl.apply_repetition_penalty(logits, np.array([0, 1]), 1.0), logits)
    assert np.array_equal(impl.apply_repetition_penalty(logits, np.array([], dtype=int), 3.0), logits)
    assert np.array_equal(impl.apply_presence_frequency_penalty(logits, np.array([], dtype=int), 1.0, 1.0), logits)
    impl.apply_repetition_penalty(logits, np.array([0, 1, 2]), 5.0)
    assert np.array_equal(logits, before)


def test_invalid_penalty(impl):
    with pytest.raises(ValueError):
        impl.apply_repetition_penalty(np.zeros(2), np.array([0]), 0.0)
