import numpy as np
import pytest


def test_example(impl):
    pe = impl.sinusoidal_positional_encoding(2, 4)
    assert np.allclose(pe, [[0, 1, 0, 1], [np.sin(1), np.cos(1), np.sin(0.01), np.cos(0.01)]])


def test_columns_and_frequencies(impl):
    pe = impl.sinusoidal_positional_encoding(50, 16)
    p = np.arange(50)
    for i in range(8):
        w = 10000.0 ** (-2 * i / 16)
        assert np.allclose(pe[:, 2 * i], np.sin(p * w))
        assert np.allclose(pe[:, 2 * i + 1], np.cos(p * w))


def test_shift_is_a_rotation_of_each_pair(impl):
    pe = impl.sinusoidal_positional_encoding(40, 8)
    k = 7
    for i in range(4):
        w = 10000.0 ** (-2 * i / 8)
        R = np.array([[np.cos(k * w), -np.sin(k * w)], [np.sin(k * w), np.cos(k * w)]])
        pair = pe[:, 2 * i : 2 * i + 2]  # rows (sin, cos)
        assert np.allclose(pair[k:], pair[:-k] @ R)


def test_custom_base_and_zero_length(impl):
    pe = impl.sinusoidal_positional_encoding(3, 4, base=100.0)
    assert np.allclose(pe[:, 0], np.sin(np.arange(3)))
    # omega_1 = 100^(-2/4) = 0.1; the default base would give 0.01 (with d = 2 only omega_0 = 1 exists)
    assert np.allclose(pe[:, 2], np.sin(0.1 * np.arange(3))) and np.allclose(pe[:, 3], np.cos(0.1 * np.arange(3)))
    assert impl.sinusoidal_positional_encoding(0, 8).shape == (0, 8)


def test_invalid_sizes(impl):
    with pytest.raises(ValueError):
        impl.sinusoidal_positional_encoding(4, 5)
    with pytest.raises(ValueError):
        impl.sinusoidal_positional_encoding(-1, 4)
