import numpy as np
import pytest


def test_hand_example(impl):
    proba = np.array([[0.85, 0.15], [0.75, 0.25], [0.35, 0.65], [0.45, 0.55]])
    y = np.array([0, 1, 1, 1])
    # one point per bin: gaps |1 - .85|, |0 - .75|, |1 - .65|, |1 - .55|
    assert np.isclose(impl.expected_calibration_error(proba, y, n_bins=10), (0.15 + 0.75 + 0.35 + 0.45) / 4)


def test_bin_edges_are_right_closed(impl):
    # 2 bins (0, .5], (.5, 1]: confidence .5 (tie -> class 0, wrong) and .75 (right) stay apart
    proba = np.array([[0.25, 0.75], [0.5, 0.5]])
    assert np.isclose(impl.expected_calibration_error(proba, np.array([1, 1]), n_bins=2), (0.25 + 0.5) / 2)
    # 4 bins: .5 is in (.25, .5], .6 in (.5, .75]; left-closed bins would merge them (ECE .05)
    proba = np.array([[0.5, 0.5], [0.4, 0.6]])
    assert np.isclose(impl.expected_calibration_error(proba, np.array([1, 1]), n_bins=4), (0.5 + 0.4) / 2)


def test_well_calibrated_simulation_has_small_ece(impl):
    rng = np.random.default_rng(0)
    p = rng.random(200_000)
    y = (rng.random(200_000) < p).astype(int)
    assert impl.expected_calibration_error(p, y, n_bins=10) < 0.005
    assert impl.expected_calibration_error(p ** 3, y, n_bins=10) > 0.05     # distorted -> miscalibrated


def test_gaps_of_opposite_sign_do_not_cancel_across_bins(impl):
    proba = np.array([[0.95, 0.05], [0.55, 0.45]])
    y = np.array([1, 0])                       # bin 9: acc 0 conf .95 ; bin 5: acc 1 conf .55
    assert np.isclose(impl.expected_calibration_error(proba, y), (0.95 + 0.45) / 2)


def test_bins_are_weighted_by_their_size(impl):
    p = np.array([0.95, 0.95, 0.95, 0.95, 0.55])        # binary (n,) input: confidence max(p, 1 - p)
    y = np.array([1, 1, 1, 0, 0])                       # bin 9: acc .75 conf .95 (4 points); bin 5: acc 0 conf .55
    # weights 4/5 and 1/5; an unweighted mean over non-empty bins would give (.2 + .55) / 2 = .375
    assert np.isclose(impl.expected_calibration_error(p, y), (4 * 0.2 + 0.55) / 5)


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.expected_calibration_error(np.empty((0, 2)), np.empty(0, int))
    with pytest.raises(ValueError):
        impl.expected_calibration_error(np.ones((2, 2)) / 2, np.array([0]))
    with pytest.raises(ValueError):
        impl.expected_calibration_error(np.ones((2, 2)) / 2, np.array([0, 1]), n_bins=0)
