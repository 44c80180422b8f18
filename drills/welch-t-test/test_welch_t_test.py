import numpy as np
import pytest
from scipy.stats import ttest_ind


def test_matches_scipy_unequal_variances(impl):
    rng = np.random.default_rng(0)
    a, b = rng.normal(0, 1, 30), rng.normal(0.6, 3, 12)
    t, df, p = impl.welch_t_test(a, b)
    ref = ttest_ind(a, b, equal_var=False)
    assert np.isclose(t, ref.statistic) and np.isclose(p, ref.pvalue) and np.isclose(df, ref.df)


def test_hand_computed_degrees_of_freedom(impl):
    a = np.array([1.0, 2.0, 3.0, 4.0])       # var 5/3, n 4
    b = np.array([2.0, 6.0, 10.0])           # var 16, n 3
    va, vb = (5 / 3) / 4, 16 / 3
    t, df, _ = impl.welch_t_test(a, b)
    assert np.isclose(t, (2.5 - 6) / np.sqrt(va + vb))
    assert np.isclose(df, (va + vb) ** 2 / (va ** 2 / 3 + vb ** 2 / 2))


def test_differs_from_pooled_t_test_when_variances_differ(impl):
    rng = np.random.default_rng(1)
    a, b = rng.normal(0, 0.5, 50), rng.normal(0.5, 4, 8)
    _, _, p = impl.welch_t_test(a, b)
    assert not np.isclose(p, ttest_ind(a, b, equal_var=True).pvalue, rtol=0.05)


def test_symmetry(impl):
    rng = np.random.default_rng(2)
    a, b = rng.normal(size=10), rng.normal(size=15)
    t1, df1, p1 = impl.welch_t_test(a, b)
    t2, df2, p2 = impl.welch_t_test(b, a)
    assert np.isclose(t1, -t2) and np.isclose(df1, df2) and np.isclose(p1, p2)


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.welch_t_test(np.array([1.0]), np.array([1.0, 2.0]))
    with pytest.raises(ValueError):
        impl.welch_t_test(np.ones(3), np.ones(4))


def test_p_value_tail_accuracy(impl):
    from scipy.stats import t as student_t
    # large |t| and small df: the tail must come from the t distribution, not the normal
    a = np.array([0.0, 0.1, -0.1, 0.05])
    b = np.array([3.0, 3.2, 2.9, 3.1])
    t, df, p = impl.welch_t_test(a, b)
    assert np.isclose(p, 2 * student_t.sf(abs(t), df), rtol=1e-6)
