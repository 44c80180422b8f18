import numpy as np


def test_matches_the_definition(impl):
    x = np.array([1.0, 2.0, 3.0])
    expected = np.exp(x) / np.exp(x).sum()
    assert np.allclose(impl.softmax(x), expected)


def test_large_inputs_do_not_overflow(impl):
    out = impl.softmax(np.array([1000.0, 1000.0, 999.0]))
    assert np.all(np.isfinite(out))
    assert np.allclose(out, np.exp([0.0, 0.0, -1.0]) / np.exp([0.0, 0.0, -1.0]).sum())


def test_normalises_along_the_given_axis(impl):
    x = np.arange(6.0).reshape(2, 3)
    rows = impl.softmax(x, axis=1)
    cols = impl.softmax(x, axis=0)
    assert np.allclose(rows.sum(axis=1), 1.0) and np.allclose(cols.sum(axis=0), 1.0)
    assert not np.allclose(rows, cols)


def test_each_slice_is_shifted_by_its_own_maximum(impl):
    # one global maximum would underflow the small row to 0 / 0 = nan
    x = np.array([[0.0, 1.0], [1000.0, 1001.0]])
    expected = np.exp([-1.0, 0.0]) / np.exp([-1.0, 0.0]).sum()
    rows = impl.softmax(x, axis=1)
    cols = impl.softmax(x.T, axis=0)
    assert np.all(np.isfinite(rows)) and np.allclose(rows, [expected, expected])
    assert np.all(np.isfinite(cols)) and np.allclose(cols, np.array([expected, expected]).T)


def test_single_element_is_one(impl):
    assert np.allclose(impl.softmax(np.array([[-5.0]])), [[1.0]])
