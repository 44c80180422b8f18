import numpy as np
import pytest
from scipy.stats import chi2_contingency, norm


def test_hand_example(impl):
    z, p = impl.two_proportion_z_test(100, 1000, 130, 1000)
    pooled = 230 / 2000
    expected_z = 0.03 / np.sqrt(pooled * (1 - pooled) * 2 / 1000)
    assert np.isclose(z, expected_z) and np.isclose(p, 2 * norm.sf(expected_z))


def test_square_of_z_is_the_chi_square_statistic(impl):
    for sa, na, sb, nb in [(45, 500, 62, 480), (10, 90, 4, 120), (300, 1000, 280, 1000)]:
        z, p = impl.two_proportion_z_test(sa, na, sb, nb)
        chi2, p_chi, *_ = chi2_contingency([[sa, na - sa], [sb, nb - sb]], correction=False)
        assert np.isclose(z ** 2, chi2) and np.isclose(p, p_chi)


def test_one_sided_alternatives(impl):
    z, p_g = impl.two_proportion_z_test(100, 1000, 130, 1000, alternative="greater")
    _, p_l = impl.two_proportion_z_test(100, 1000, 130, 1000, alternative="less")
    _, p_2 = impl.two_proportion_z_test(100, 1000, 130, 1000)
    assert z > 0 and np.isclose(p_g + p_l, 1.0) and np.isclose(p_2, 2 * p_g)


def test_tiny_p_value_is_not_rounded_to_zero(impl):
    z, p = impl.two_proportion_z_test(1000, 10000, 2000, 10000)
    assert 0 < p < 1e-50 and np.isclose(p, 2 * norm.sf(abs(z)), rtol=1e-6)


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.two_proportion_z_test(0, 100, 0, 100)       # pooled rate 0
    with pytest.raises(ValueError):
        impl.two_proportion_z_test(5, 0, 3, 10)
    with pytest.raises(ValueError):
        impl.two_proportion_z_test(11, 10, 3, 10)
    with pytest.raises(ValueError):
        impl.two_proportion_z_test(10, 100, 20, 100, alternative="larger")
