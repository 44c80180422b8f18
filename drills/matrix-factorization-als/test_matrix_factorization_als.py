import numpy as np
import pytest


def _low_rank(seed=0, n_users=40, n_items=30, rank=3, density=0.5):
    rng = np.random.default_rng(seed)
    R = rng.normal(size=(n_users, rank)) @ rng.normal(size=(rank, n_items))
    mask = rng.random(R.shape) < density
    return R, mask


def test_update_zeroes_the_gradient(impl):
    R, mask = _low_rank()
    V = np.random.default_rng(1).normal(size=(30, 3))
    U = impl.als_update(R, mask, V, lam=0.5)
    err = np.where(mask, U @ V.T - R, 0.0)
    grad_U = 2 * err @ V + 2 * 0.5 * U
    assert U.shape == (40, 3) and np.allclose(grad_U, 0.0, atol=1e-9)


def test_single_row_by_hand(impl):
    R = np.array([[4.0, 0.0, 2.0]])
    mask = np.array([[True, False, True]])
    V = np.array([[1.0], [5.0], [2.0]])
    # x = (1*1 + 2*2)^-1 (1*4 + 2*2) with lam = 1 -> 8 / 6 ; the unobserved column is ignored
    assert np.allclose(impl.als_update(R, mask, V, 1.0), [[8 / 6]])


def test_row_without_observations_gets_zero(impl):
    R, mask = _low_rank(2)
    mask[5] = False
    U = impl.als_update(R, mask, np.ones((30, 3)), lam=0.1)
    assert np.allclose(U[5], 0.0)


def test_loss_never_increases_and_held_out_entries_are_recovered(impl):
    R, mask = _low_rank(3)
    U, V, losses = impl.fit_als(R, mask, rank=3, lam=0.01, n_iters=60, rng=np.random.default_rng(0))
    assert np.all(np.diff(losses) <= 1e-9)
    penalised = np.sum(np.where(mask, R - U @ V.T, 0.0) ** 2) + 0.01 * (np.sum(U ** 2) + np.sum(V ** 2))
    assert np.isclose(losses[-1], penalised)
    held_out = ~mask
    rmse = np.sqrt(np.mean((U @ V.T - R)[held_out] ** 2))
    assert rmse < 0.1 * R[held_out].std()


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.fit_als(np.ones((2, 2)), np.ones((2, 2), bool), 1, 0.0, 3, np.random.default_rng(0))
    with pytest.raises(ValueError):                     # a (1, 2) mask would broadcast silently
        impl.fit_als(np.ones((2, 2)), np.ones((1, 2), bool), 1, 0.1, 3, np.random.default_rng(0))
