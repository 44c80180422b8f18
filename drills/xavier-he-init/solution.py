import math

import numpy as np


def compute_fans(shape: tuple[int, ...]) -> tuple[int, int]:
    """(fan_in, fan_out): dense (fan_in, fan_out); conv (out_c, in_c, *k) -> (in_c * prod(k), out_c * prod(k))."""
    if len(shape) < 2:
        raise ValueError("need at least 2 dimensions")
    if len(shape) == 2:
        return int(shape[0]), int(shape[1])
    receptive = math.prod(shape[2:])  # each output sees in_c * receptive inputs
    return int(shape[1] * receptive), int(shape[0] * receptive)


def xavier_uniform(shape: tuple[int, ...], rng: np.random.Generator, gain: float = 1.0) -> np.ndarray:
    """U(-a, a) with a = gain * sqrt(6 / (fan_in + fan_out))."""
    fan_in, fan_out = compute_fans(shape)
    a = gain * math.sqrt(6.0 / (fan_in + fan_out))
    return rng.uniform(-a, a, size=shape)


def he_normal(shape: tuple[int, ...], rng: np.random.Generator) -> np.ndarray:
    """N(0, 2 / fan_in)."""
    fan_in, _ = compute_fans(shape)
    return rng.normal(0.0, math.sqrt(2.0 / fan_in), size=shape)
