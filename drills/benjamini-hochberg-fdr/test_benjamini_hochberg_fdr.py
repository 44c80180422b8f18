import numpy as np
import pytest
from scipy.stats import false_discovery_control


def test_matches_scipy_adjusted_p_values(impl):
    rng = np.random.default_rng(0)
    p = np.concatenate([rng.uniform(0, 0.01, 20), rng.uniform(0, 1, 80)])
    rng.shuffle(p)
    reject, adj = impl.benjamini_hochberg(p, q=0.1)
    assert np.allclose(adj, false_discovery_control(p, method="bh"))
    assert np.array_equal(reject, adj <= 0.1)


def test_step_up_rejects_a_p_value_above_its_own_threshold(impl):
    # thresholds i q / m with q = 0.05, m = 4: 0.0125, 0.025, 0.0375, 0.05
    p = np.array([0.04, 0.03, 0.045, 0.049])          # sorted: .03 .04 .045 .049 ; only the 4th passes
    reject, adj = impl.benjamini_hochberg(p, 0.05)
    assert reject.tolist() == [True, True, True, True]   # step-up rejects all four
    assert np.allclose(adj, [0.049, 0.049, 0.049, 0.049])


def test_hand_example_in_input_order(impl):
    p = np.array([0.5, 0.001, 0.02, 0.04])
    reject, adj = impl.benjamini_hochberg(p, 0.05)
    assert np.allclose(adj, [0.5, 0.004, 0.04, 0.05 + 1 / 300])
    assert reject.tolist() == [False, True, True, False]


def test_adjusted_values_are_capped_at_one(impl):
    _, adj = impl.benjamini_hochberg(np.array([0.9, 0.95, 1.0]))
    assert adj.max() <= 1.0 and np.allclose(adj, 1.0)


def test_empty_and_invalid_input(impl):
    reject, adj = impl.benjamini_hochberg(np.array([]))
    assert reject.shape == (0,) and adj.shape == (0,)
    with pytest.raises(ValueError):
        impl.benjamini_hochberg(np.array([0.1, 1.2]))
    with pytest.raises(ValueError):
        impl.benjamini_hochberg(np.array([0.1, 0.2]), q=1.5)
