import numpy as np


class ScriptedRNG:
    """Returns the given uniforms in order from random(); counts the draws."""

    def __init__(self, values):
        self.values = list(values)
        self.calls = 0

    def random(self):
        self.calls += 1
        return self.values.pop(0)


def _exact_first_token_distribution(impl, p, q):
    """P(first emitted token = v) for K = 1, integrating the step over its piecewise-constant uniforms."""
    V = len(p)
    dist = np.zeros(V)
    res = impl.residual_distribution(p, q)
    for x in np.flatnonzero(q > 0):
        ratio = min(1.0, p[x] / q[x])
        cuts1 = sorted({0.0, ratio, 1.0})
        for a, b in zip(cuts1, cuts1[1:]):
            u1 = (a + b) / 2
            cuts2 = sorted({0.0, 1.0, *np.cumsum(res).clip(0, 1), *np.cumsum(p).clip(0, 1)})
            for c, d in zip(cuts2, cuts2[1:]):
                if d - c <= 0:
                    continue
                u2 = (c + d) / 2
                tok = impl.speculative_step(np.vstack([p, p]), q[None, :], np.array([x]), ScriptedRNG([u1, u2, u2]))[0]
                dist[tok] += q[x] * (b - a) * (d - c)
    return dist


def test_example_residual(impl):
    p, q = np.array([0.5, 0.5, 0.0]), np.array([0.25, 0.25, 0.5])
    assert np.allclose(impl.residual_distribution(p, q), [0.5, 0.5, 0.0])
    assert np.allclose(impl.residual_distribution(q, q), q)  # no residual mass: fall back to p


def test_output_distribution_equals_target_exactly(impl):
    rng = np.random.default_rng(0)
    for _ in range(5):
        p, q = rng.dirichlet(np.ones(5)), rng.dirichlet(np.ones(5))
        assert np.allclose(_exact_first_token_distribution(impl, p, q), p, atol=1e-12)
    p, q = np.array([0.7, 0.3, 0.0, 0.0]), np.array([0.1, 0.1, 0.4, 0.4])
    assert np.allclose(_exact_first_token_distribution(impl, p, q), p, atol=1e-12)


def test_acceptance_threshold_is_p_over_q(impl):
    p = np.array([[0.2, 0.8], [0.5, 0.5]])
    q = np.array([[0.4, 0.6]])
    # ratio for token 0 is 0.5: u just below accepts, just above rejects and resamples token 1
    assert impl.speculative_step(p, q, np.array([0]), ScriptedRNG([0.49, 0.0]))[0] == 0
    assert impl.speculative_step(p, q, np.array([0]), ScriptedRNG([0.51, 0.0])) == [1]
    assert impl.speculative_step(p, q, np.array([0]), ScriptedRNG([0.5, 0.0])) == [1]  # accept only if u < p/q


def test_all_accepted_gives_a_bonus_token(impl):
    p = np.array([[0.1, 0.9], [0.6, 0.4], [0.0, 1.0]])
    rng = ScriptedRNG([0.99, 0.99, 0.3])
    out = impl.speculative_step(p, p[:2], np.array([1, 0]), rng)
    assert out == [1, 0, 1] and rng.calls == 3


def test_stops_at_first_rejection(impl):
    p = np.array([[0.5, 0.5, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    q = np.array([[0.5, 0.25, 0.25], [1.0, 0.0, 0.0]])
    rng = ScriptedRNG([0.1, 0.7])  # token 2 has p = 0: rejected; residual is [0, 1, 0]
    assert impl.speculative_step(p, q, np.array([2, 0]), rng) == [1]
    assert rng.calls == 2


def test_with_a_real_generator(impl):
    p = np.array([[0.5, 0.5, 0.0], [0.2, 0.3, 0.5]])
    q = np.array([[0.25, 0.25, 0.5]])
    rng = np.random.default_rng(0)
    for _ in range(200):
        out = impl.speculative_step(p, q, np.array([2]), rng)
        assert len(out) == 1 and out[0] in (0, 1)
