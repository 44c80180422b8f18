import numpy as np
import pytest


def test_outputs_are_consistent_with_lam_and_perm(impl):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(6, 2, 3))
    y = np.eye(4)[[0, 1, 2, 3, 0, 1]]
    xm, ym, lam, perm = impl.mixup(x, y, 0.4, np.random.default_rng(1))
    assert isinstance(lam, float) and 0.0 <= lam <= 1.0
    assert sorted(perm.tolist()) == list(range(6))
    assert np.allclose(xm, lam * x + (1 - lam) * x[perm])
    assert np.allclose(ym, lam * y + (1 - lam) * y[perm])


def test_draw_order_lam_then_permutation(impl):
    x, y = np.arange(5.0)[:, None], np.eye(5)
    _, _, lam, perm = impl.mixup(x, y, 0.7, np.random.default_rng(3))
    ref = np.random.default_rng(3)
    assert lam == float(ref.beta(0.7, 0.7))
    assert np.array_equal(perm, ref.permutation(5))


def test_example_labels_stay_distributions(impl):
    x, y = np.array([[0.0], [10.0]]), np.eye(2)
    xm, ym, lam, perm = impl.mixup(x, y, 0.4, np.random.default_rng(0))
    assert np.allclose(ym.sum(axis=1), 1.0)
    assert np.allclose(xm[:, 0], 10 * ym[:, 1])  # inputs and labels mixed with the same weights


def test_alpha_zero_disables_mixing(impl):
    x, y = np.arange(6.0).reshape(3, 2), np.eye(3)
    rng = np.random.default_rng(0)
    state = rng.bit_generator.state
    xm, ym, lam, perm = impl.mixup(x, y, 0.0, rng)
    assert lam == 1.0 and np.array_equal(perm, [0, 1, 2])
    assert np.array_equal(xm, x) and np.array_equal(ym, y)
    assert rng.bit_generator.state == state


def test_lam_distribution_is_symmetric_beta(impl):
    lams = [impl.mixup(np.zeros((2, 1)), np.eye(2), 0.2, np.random.default_rng(s))[2] for s in range(400)]
    lams = np.array(lams)
    assert abs(lams.mean() - 0.5) < 0.06
    assert np.mean((lams < 0.1) | (lams > 0.9)) > 0.5  # Beta(0.2, 0.2) is U-shaped


def test_mismatched_batch_raises(impl):
    with pytest.raises(ValueError):
        impl.mixup(np.zeros((3, 2)), np.eye(2), 1.0, np.random.default_rng(0))
