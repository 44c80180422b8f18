import numpy as np


def _params(rng, D=4, H=5, C=3):
    return {
        "W1": rng.normal(size=(D, H)),
        "b1": rng.normal(size=H) * 0.1,
        "W2": rng.normal(size=(H, C)),
        "b2": rng.normal(size=C) * 0.1,
    }


def test_example(impl):
    params = dict(W1=np.eye(2), b1=np.zeros(2), W2=np.array([[1.0, -1.0], [0.0, 0.0]]), b2=np.zeros(2))
    loss, g = impl.mlp_loss_and_grads(np.array([[1.0, -1.0]]), np.array([0]), params)
    assert np.isclose(loss, np.log1p(np.exp(-2.0)))
    assert np.allclose(g["b2"], [-0.11920292202211755, 0.11920292202211755])
    assert np.allclose(g["W1"][:, 1], 0.0)  # hidden unit 2 is inactive (pre-activation -1)


def test_relu_derivative_at_zero_is_zero(impl):
    # hidden unit 2 has pre-activation exactly 0 and a non-zero upstream gradient (W2 row 2 != 0)
    params = dict(W1=np.eye(2), b1=np.array([0.0, 1.0]), W2=np.array([[1.0, -1.0], [2.0, 0.5]]), b2=np.zeros(2))
    _, g = impl.mlp_loss_and_grads(np.array([[1.0, -1.0]]), np.array([0]), params)
    assert g["b1"][1] == 0.0 and np.all(g["W1"][:, 1] == 0.0)
    assert g["b1"][0] != 0.0


def test_gradients_match_finite_differences(impl, num_grad):
    rng = np.random.default_rng(0)
    X = rng.normal(size=(6, 4))
    y = np.array([0, 1, 2, 2, 1, 0])
    params = _params(rng)
    loss, grads = impl.mlp_loss_and_grads(X, y, params)
    assert set(grads) == {"W1", "b1", "W2", "b2"}
    for k in params:
        num = num_grad(lambda: impl.mlp_loss_and_grads(X, y, params)[0], params[k])
        assert grads[k].shape == params[k].shape
        assert np.allclose(grads[k], num, atol=1e-6), k


def test_regularisation_applies_to_weights_only(impl):
    rng = np.random.default_rng(1)
    X = rng.normal(size=(5, 4))
    y = np.array([2, 0, 1, 1, 0])
    params = _params(rng)
    l0, g0 = impl.mlp_loss_and_grads(X, y, params, reg=0.0)
    l1, g1 = impl.mlp_loss_and_grads(X, y, params, reg=0.3)
    expected_penalty = 0.15 * (np.sum(params["W1"] ** 2) + np.sum(params["W2"] ** 2))
    assert np.isclose(l1 - l0, expected_penalty)
    assert np.allclose(g1["W1"] - g0["W1"], 0.3 * params["W1"])
    assert np.allclose(g1["W2"] - g0["W2"], 0.3 * params["W2"])  # d/dW of reg/2 |W|^2 is reg * W
    assert np.allclose(g1["b1"], g0["b1"]) and np.allclose(g1["b2"], g0["b2"])


def test_loss_is_a_mean_over_the_batch(impl):
    rng = np.random.default_rng(2)
    X = rng.normal(size=(3, 4))
    y = np.array([0, 2, 1])
    params = _params(rng)
    l1, g1 = impl.mlp_loss_and_grads(X, y, params)
    l2, g2 = impl.mlp_loss_and_grads(np.vstack([X, X]), np.concatenate([y, y]), params)
    assert np.isclose(l1, l2)
    assert np.allclose(g1["W2"], g2["W2"])


def test_large_logits_stay_finite(impl):
    params = dict(W1=np.eye(2) * 1000.0, b1=np.zeros(2), W2=np.array([[1.0, -1.0], [-1.0, 1.0]]), b2=np.zeros(2))
    X = np.array([[1.0, 0.0], [0.0, 1.0]])
    loss, g = impl.mlp_loss_and_grads(X, np.array([1, 1]), params)
    assert np.isfinite(loss) and np.isclose(loss, 1000.0)  # sample 0 is off by a margin of 2000
    assert all(np.all(np.isfinite(v)) for v in g.values())


def test_does_not_modify_params(impl):
    rng = np.random.default_rng(3)
    params = _params(rng)
    copy = {k: v.copy() for k, v in params.items()}
    impl.mlp_loss_and_grads(rng.normal(size=(4, 4)), np.array([0, 1, 2, 0]), params, reg=0.1)
    assert all(np.array_equal(params[k], copy[k]) for k in params)
