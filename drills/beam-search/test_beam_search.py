import itertools

import numpy as np
import pytest

TABLE = np.log(np.array([
    [0.25, 0.25, 0.25, 0.25],
    [0.02, 0.02, 0.56, 0.4],
    [0.3, 0.02, 0.34, 0.34],
    [0.9, 0.02, 0.04, 0.04]
]))


def _fn(seq):
    return TABLE[seq[-1]]


def _exhaustive(fn, bos, eos, V, max_new, alpha):
    """Best score over all sequences that end in eos or reach max_new tokens."""
    best = []
    for n in range(1, max_new + 1):
        for toks in itertools.product(range(V), repeat=n):
            if eos in toks[:-1] or (toks[-1] != eos and n < max_new):
                continue
            seq, lp = (bos,), 0.0
            for t in toks:
                lp += fn(seq)[t]
                seq += (t,)
            best.append((toks, lp / n**alpha))
    return max(best, key=lambda c: c[1])


def test_example_beam_beats_greedy(impl):
    greedy = impl.beam_search(_fn, bos=1, eos=0, beam_width=1, max_new_tokens=2)
    assert len(greedy) == 1 and greedy[0][0] == (2, 2) and np.isclose(greedy[0][1], np.log(0.56 * 0.34))
    beam = impl.beam_search(_fn, bos=1, eos=0, beam_width=2, max_new_tokens=2)
    assert [t for t, _ in beam] == [(3, 0), (2, 2)]
    assert np.isclose(beam[0][1], np.log(0.4 * 0.9))


def test_wide_beam_equals_exhaustive_search(impl):
    rng = np.random.default_rng(0)
    for alpha in (0.0, 1.0):
        logits = rng.normal(size=(4, 4)) * 2
        table = logits - np.log(np.exp(logits).sum(1, keepdims=True))
        fn = lambda seq: table[seq[-1]]
        out = impl.beam_search(fn, bos=1, eos=0, beam_width=64, max_new_tokens=3, length_penalty=alpha)
        toks, score = _exhaustive(fn, 1, 0, 4, 3, alpha)
        assert out[0][0] == toks and np.isclose(out[0][1], score)


def test_finished_hypotheses_take_beam_slots(impl):
    # step 2 keeps (3, 0) [finished] and (2, 2): the beam shrinks to one alive hypothesis, so
    # (2, 3) and its continuation (2, 3, 0) (p = 0.56 * 0.34 * 0.9) are never reached
    out = impl.beam_search(_fn, bos=1, eos=0, beam_width=2, max_new_tokens=3)
    assert [t for t, _ in out] == [(3, 0), (2, 2, 2)]
    assert np.isclose(out[1][1], np.log(0.56 * 0.34 * 0.34))


def test_results_sorted_and_eos_only_at_the_end(impl):
    out = impl.beam_search(_fn, bos=1, eos=0, beam_width=3, max_new_tokens=4)
    assert len(out) <= 3
    scores = [s for _, s in out]
    assert scores == sorted(scores, reverse=True)
    for toks, _ in out:
        assert 0 not in toks[:-1]


def test_length_penalty_favours_longer_outputs(impl):
    table = np.log(np.array([[0.5, 0.5], [0.45, 0.55]]))  # token 0 = eos
    fn = lambda seq: table[seq[-1]]
    raw = impl.beam_search(fn, bos=1, eos=0, beam_width=4, max_new_tokens=3, length_penalty=0.0)
    normed = impl.beam_search(fn, bos=1, eos=0, beam_width=4, max_new_tokens=3, length_penalty=1.0)
    assert raw[0][0] == (0,)
    assert len(normed[0][0]) == 3


def test_ties_across_beams_break_by_token_tuple(impl):
    # scores need not be normalised here; they are exact in binary so the tie is exact
    rows = {1: [-9.0, -9.0, -2.0, -1.0], 2: [-9.0, -9.0, 0.0, -9.0], 3: [-9.0, -9.0, -1.0, -0.5]}
    fn = lambda seq: np.array(rows[seq[-1]])
    out = impl.beam_search(fn, bos=1, eos=0, beam_width=2, max_new_tokens=2)
    # (3, 3) scores -1.5; (2, 2) and (3, 2) tie at -2.0 and the smaller tuple (2, 2) wins,
    # although it comes from the lower-scoring beam
    assert [t for t, _ in out] == [(3, 3), (2, 2)]


def test_ties_break_by_token_tuple(impl):
    uniform = lambda seq: np.log(np.full(3, 1 / 3))
    out = impl.beam_search(uniform, bos=0, eos=2, beam_width=2, max_new_tokens=1)
    assert [t for t, _ in out] == [(0,), (1,)]


def test_invalid_arguments(impl):
    with pytest.raises(ValueError):
        impl.beam_search(_fn, 1, 0, beam_width=0, max_new_tokens=2)
    with pytest.raises(ValueError):
        impl.beam_search(_fn, 1, 0, beam_width=2, max_new_tokens=0)
