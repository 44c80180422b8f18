import numpy as np
import pytest


def _ref_token_loss(new, old, ref, A, eps, beta):
    r = np.exp(new - old)
    surr = np.minimum(r * A[:, None], np.clip(r, 1 - eps, 1 + eps) * A[:, None])
    kl = np.exp(ref - new) - (ref - new) - 1
    return -(surr - beta * kl)


def test_example_clipped_positive_advantage(impl):
    lp = np.log(np.array([[0.5, 0.5]]))
    out = impl.grpo_loss(lp + np.log(1.5), lp, lp + np.log(1.5), np.array([1.0]), np.ones((1, 2), bool), beta=0.0)
    assert np.isclose(out, -1.2)


def test_on_policy_loss_is_minus_mean_advantage(impl):
    rng = np.random.default_rng(0)
    lp = -rng.random((4, 5))
    A = np.array([1.0, -0.5, 2.0, 0.3])
    mask = np.ones((4, 5), bool)
    assert np.isclose(impl.grpo_loss(lp, lp, lp, A, mask), -A.mean())


def test_pessimistic_min_for_negative_advantages(impl):
    old = np.zeros((1, 2))
    new = np.log(np.array([[1.5, 0.5]]))  # ratios 1.5 and 0.5
    out = impl.grpo_loss(new, old, new, np.array([-1.0]), np.ones((1, 2), bool), beta=0.0)
    assert np.isclose(out, -(-1.5 + -0.8) / 2)  # unclipped for 1.5, clipped for 0.5


def test_clipped_tokens_have_zero_gradient(impl):
    old = np.zeros((2, 1))
    new = np.array([[np.log(1.5)], [np.log(1.5)]])
    mask = np.ones((2, 1), bool)
    A = np.array([1.0, -1.0])
    h = 1e-6
    grads = []
    for g in range(2):
        e = np.zeros((2, 1))
        e[g, 0] = h
        f = lambda x: impl.grpo_loss(x, old, x, A, mask, beta=0.0)
        grads.append((f(new + e) - f(new - e)) / (2 * h))
    assert abs(grads[0]) < 1e-9  # A > 0, ratio above 1 + eps: clipped
    assert np.isclose(grads[1], 1.5 / 2)  # A < 0: unclipped, d/dlogp of -(r * A) / 2


def test_kl_term_and_random_reference(impl):
    rng = np.random.default_rng(1)
    new, old, ref = (-rng.random((3, 4)) for _ in range(3))
    A = rng.normal(size=3)
    mask = np.ones((3, 4), bool)
    expected = _ref_token_loss(new, old, ref, A, 0.2, 0.1).mean(axis=1).mean()
    assert np.isclose(impl.grpo_loss(new, old, ref, A, mask, beta=0.1), expected)
    # the k3 penalty is non-negative: raising beta can only raise the loss
    assert impl.grpo_loss(new, old, ref, A, mask, beta=1.0) >= impl.grpo_loss(new, old, ref, A, mask, beta=0.0)


def test_aggregations_and_masking(impl):
    rng = np.random.default_rng(2)
    new, old, ref = (-rng.random((2, 4)) for _ in range(3))
    A = np.array([1.0, -2.0])
    mask = np.array([[True, True, True, True], [True, False, False, False]])
    tok = _ref_token_loss(new, old, ref, A, 0.2, 0.04)
    seq = impl.grpo_loss(new, old, ref, A, mask)
    assert np.isclose(seq, (tok[0].mean() + tok[1, 0]) / 2)
    token = impl.grpo_loss(new, old, ref, A, mask, aggregation="token")
    assert np.isclose(token, tok[mask].mean())
    new2 = new.copy()
    new2[1, 1:] = np.nan  # padding content must not matter
    assert np.isclose(impl.grpo_loss(new2, old, ref, A, mask), seq)


def test_invalid_inputs(impl):
    z = np.zeros((2, 2))
    with pytest.raises(ValueError):
        impl.grpo_loss(z, z, z, np.zeros(2), np.array([[True, True], [False, False]]))
    with pytest.raises(ValueError):
        impl.grpo_loss(z, z, z, np.zeros(2), np.ones((2, 2), bool), aggregation="mean")
