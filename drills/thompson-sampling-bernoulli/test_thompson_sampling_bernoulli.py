import numpy as np
import pytest


def test_choose_uses_one_vectorised_beta_draw(impl):
    s, f = np.array([3, 10, 0]), np.array([5, 2, 0])
    arm = impl.thompson_choose(s, f, np.random.default_rng(4))
    theta = np.random.default_rng(4).beta(1 + s, 1 + f)
    assert arm == int(np.argmax(theta))


def test_choose_follows_the_posterior(impl):
    rng = np.random.default_rng(0)
    picks = [impl.thompson_choose(np.array([30, 60]), np.array([70, 40]), rng) for _ in range(500)]
    assert np.mean(np.array(picks) == 1) > 0.99
    # equal posteriors -> each arm about half the time (prior Beta(1, 1) on untried arms)
    picks = [impl.thompson_choose(np.zeros(2, int), np.zeros(2, int), rng) for _ in range(500)]
    assert abs(np.mean(picks) - 0.5) < 0.07


def test_simulation_is_reproducible_from_the_spec(impl):
    probs = np.array([0.2, 0.5, 0.45])
    pulls, reward = impl.run_thompson(probs, 300, np.random.default_rng(9))
    rng, s, f = np.random.default_rng(9), np.zeros(3, int), np.zeros(3, int)
    for _ in range(300):
        arm = int(np.argmax(rng.beta(1 + s, 1 + f)))
        if rng.random() < probs[arm]:
            s[arm] += 1
        else:
            f[arm] += 1
    assert pulls.tolist() == (s + f).tolist() and reward == s.sum()


def test_concentrates_on_the_best_arm(impl):
    pulls, reward = impl.run_thompson(np.array([0.1, 0.3, 0.7]), 800, np.random.default_rng(1))
    assert pulls.sum() == 800 and pulls[2] > 0.8 * 800
    assert reward > 0.6 * 800


def test_invalid_rates_raise(impl):
    with pytest.raises(ValueError):
        impl.run_thompson(np.array([0.5, 1.5]), 10, np.random.default_rng(0))
    with pytest.raises(ValueError):
        impl.run_thompson(np.array([0.5, 0.5]), -1, np.random.default_rng(0))
