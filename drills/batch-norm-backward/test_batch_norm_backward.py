import numpy as np


def _forward(x, gamma, beta, eps=1e-5):
    return gamma * (x - x.mean(0)) / np.sqrt(x.var(0) + eps) + beta


def test_example(impl):
    dx, dg, db = impl.batch_norm_backward(np.array([[1.0], [0.0]]), np.array([[0.0], [2.0]]), np.ones(1), eps=0.0)
    assert np.allclose(dx, 0.0, atol=1e-12)  # with N = 2 and eps = 0, x_hat is -1, +1 whatever x is
    assert np.allclose(dg, [-1.0]) and np.allclose(db, [1.0])


def test_matches_finite_differences(impl, num_grad):
    rng = np.random.default_rng(0)
    x = rng.normal(loc=2.0, scale=3.0, size=(6, 4))
    gamma, beta = rng.normal(size=4), rng.normal(size=4)
    G = rng.normal(size=(6, 4))

    def loss():
        return float(np.sum(G * _forward(x, gamma, beta)))

    dx, dg, db = impl.batch_norm_backward(G, x, gamma)
    assert dx.shape == x.shape and dg.shape == (4,) and db.shape == (4,)
    assert np.allclose(dx, num_grad(loss, x), atol=1e-5)
    assert np.allclose(dg, num_grad(loss, gamma), atol=1e-5)
    assert np.allclose(db, num_grad(loss, beta), atol=1e-5)


def test_dx_columns_sum_to_zero(impl):
    rng = np.random.default_rng(1)
    x, dy = rng.normal(size=(10, 3)), rng.normal(size=(10, 3))
    dx, _, _ = impl.batch_norm_backward(dy, x, np.array([1.0, 2.0, -0.5]))
    assert np.allclose(dx.sum(axis=0), 0.0, atol=1e-10)


def test_uniform_upstream_gradient_gives_zero_dx(impl):
    rng = np.random.default_rng(2)
    x = rng.normal(size=(7, 2))
    dx, dg, db = impl.batch_norm_backward(np.full((7, 2), 3.0), x, np.ones(2))
    assert np.allclose(dx, 0.0, atol=1e-10)
    assert np.allclose(dg, 0.0, atol=1e-10) and np.allclose(db, [21.0, 21.0])


def test_uses_the_given_eps(impl, num_grad):
    rng = np.random.default_rng(3)
    x = rng.normal(scale=0.01, size=(5, 2))  # variance ~1e-4, so eps = 1e-2 changes the gradient a lot
    G = rng.normal(size=(5, 2))
    gamma = np.ones(2)
    dx, _, _ = impl.batch_norm_backward(G, x, gamma, eps=1e-2)
    num = num_grad(lambda: float(np.sum(G * _forward(x, gamma, 0.0, eps=1e-2))), x)
    assert np.allclose(dx, num, rtol=1e-4, atol=1e-6)
