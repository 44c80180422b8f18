import numpy as np
import pytest
from scipy.stats import norm


def _power(n, p1, p2, alpha):
    pbar = (p1 + p2) / 2
    num = abs(p1 - p2) * np.sqrt(n) - norm.ppf(1 - alpha / 2) * np.sqrt(2 * pbar * (1 - pbar))
    return norm.cdf(num / np.sqrt(p1 * (1 - p1) + p2 * (1 - p2)))


def test_reference_values(impl):
    assert impl.sample_size_two_proportions(0.10, 0.12) == 3841
    assert impl.sample_size_two_proportions(0.50, 0.60) == 388


def test_smallest_n_reaching_the_target_power(impl):
    for p1, p2, alpha, power in [(0.05, 0.06, 0.05, 0.8), (0.3, 0.25, 0.01, 0.9), (0.2, 0.5, 0.1, 0.95)]:
        n = impl.sample_size_two_proportions(p1, p2, alpha, power)
        assert _power(n, p1, p2, alpha) >= power - 1e-9
        assert _power(n - 1, p1, p2, alpha) < power


def test_symmetric_in_the_two_rates(impl):
    assert impl.sample_size_two_proportions(0.1, 0.12) == impl.sample_size_two_proportions(0.12, 0.1)


def test_halving_the_effect_roughly_quadruples_n(impl):
    n1 = impl.sample_size_two_proportions(0.20, 0.22)
    n2 = impl.sample_size_two_proportions(0.20, 0.21)
    assert 3.7 < n2 / n1 < 4.1


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.sample_size_two_proportions(0.1, 0.1)
    with pytest.raises(ValueError):
        impl.sample_size_two_proportions(0.0, 0.1)
    with pytest.raises(ValueError):
        impl.sample_size_two_proportions(0.1, 0.2, power=1.0)
    with pytest.raises(ValueError):
        impl.sample_size_two_proportions(0.1, 0.2, alpha=1.0)
