import numpy as np


def thompson_choose(successes: np.ndarray, failures: np.ndarray, rng: np.random.Generator) -> int:
    """Pick an arm by Thompson sampling with independent Beta(1, 1) priors.

    successes, failures: int (K,) counts per arm. Draw theta = rng.beta(1 + successes, 1 + failures)
    in ONE vectorised call and return the arm with the largest draw (ties -> lowest index).
    """
    raise NotImplementedError


def run_thompson(true_probs: np.ndarray, n_rounds: int, rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """Simulate Thompson sampling on Bernoulli arms with success rates true_probs (K,).

    Each round: arm = thompson_choose(successes, failures, rng); reward = rng.random() < true_probs[arm]
    (one rng.random() call per round, after the choice); update that arm's counts.
    Returns (pulls int (K,), total reward int). Raises ValueError if a rate is outside [0, 1] or
    n_rounds < 0.
    """
    raise NotImplementedError
