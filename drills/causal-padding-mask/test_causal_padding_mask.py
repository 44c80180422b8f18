import numpy as np
import pytest


def test_example_left_padding(impl):
    m = impl.build_attention_mask(np.array([2]), 3, causal=True, padding_side="left")
    assert m.dtype == bool and m.shape == (1, 3, 3)
    assert np.array_equal(m[0].astype(int), [[0, 0, 0], [0, 1, 0], [0, 1, 1]])


def test_right_padding_causal(impl):
    m = impl.build_attention_mask(np.array([3, 1]), 4)
    expected0 = np.array([[1, 0, 0, 0], [1, 1, 0, 0], [1, 1, 1, 0], [1, 1, 1, 0]], dtype=bool)
    expected1 = np.array([[1, 0, 0, 0]] * 4, dtype=bool)
    assert np.array_equal(m[0], expected0) and np.array_equal(m[1], expected1)


def test_bidirectional_padding_only(impl):
    m = impl.build_attention_mask(np.array([2, 4]), 4, causal=False)
    assert np.array_equal(m[0], np.tile([True, True, False, False], (4, 1)))
    assert m[1].all()


def test_left_padded_real_tokens_see_the_same_pattern(impl):
    # the last two rows/cols of a left-padded length-2 sequence equal a full causal 2x2 mask
    m = impl.build_attention_mask(np.array([2, 5]), 5, padding_side="left")
    assert np.array_equal(m[0, 3:, 3:], np.tril(np.ones((2, 2), dtype=bool)))
    assert not m[0, :, :3].any()
    assert np.array_equal(m[1], np.tril(np.ones((5, 5), dtype=bool)))


def test_zero_and_full_lengths(impl):
    m = impl.build_attention_mask(np.array([0, 3]), 3, causal=False)
    assert not m[0].any() and m[1].all()


def test_invalid_arguments(impl):
    with pytest.raises(ValueError):
        impl.build_attention_mask(np.array([4]), 3)
    with pytest.raises(ValueError):
        impl.build_attention_mask(np.array([-1]), 3)
    with pytest.raises(ValueError):
        impl.build_attention_mask(np.array([1]), 3, padding_side="middle")
