import numpy as np


def thompson_choose(successes: np.ndarray, failures: np.ndarray, rng: np.random.Generator) -> int:
    """Pick an arm by Thompson sampling with independent Beta(1, 1) priors.

    successes, failures: int (K,) counts per arm. Draw theta = rng.beta(1 + successes, 1 + failures)
    in ONE vectorised call and return the arm with the largest draw (ties -> lowest index).
    """
    theta = rng.beta(1.0 + np.asarray(successes), 1.0 + np.asarray(failures))
    return int(np.argmax(theta))


def run_thompson(true_probs: np.ndarray, n_rounds: int, rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """Simulate Thompson sampling on Bernoulli arms with success rates true_probs (K,).

    Each round: arm = thompson_choose(successes, failures, rng); reward = rng.random() < true_probs[arm]
    (one rng.random() call per round, after the choice); update that arm's counts.
    Returns (pulls int (K,), total reward int). Raises ValueError if a rate is outside [0, 1] or
    n_rounds < 0.
    """
    p = np.asarray(true_probs, dtype=float)
    if ((p < 0) | (p > 1)).any() or n_rounds < 0:
        raise ValueError("rates must lie in [0, 1] and n_rounds >= 0")
    s = np.zeros(len(p), dtype=int)
    f = np.zeros(len(p), dtype=int)
    for _ in range(n_rounds):
        arm = thompson_choose(s, f, rng)
        if rng.random() < p[arm]:
            s[arm] += 1
        else:
            f[arm] += 1
    return s + f, int(s.sum())
