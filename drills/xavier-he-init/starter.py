import numpy as np


def compute_fans(shape: tuple[int, ...]) -> tuple[int, int]:
    """(fan_in, fan_out): dense (fan_in, fan_out); conv (out_c, in_c, *k) -> (in_c * prod(k), out_c * prod(k))."""
    raise NotImplementedError


def xavier_uniform(shape: tuple[int, ...], rng: np.random.Generator, gain: float = 1.0) -> np.ndarray:
    """U(-a, a) with a = gain * sqrt(6 / (fan_in + fan_out))."""
    raise NotImplementedError


def he_normal(shape: tuple[int, ...], rng: np.random.Generator) -> np.ndarray:
    """N(0, 2 / fan_in)."""
    raise NotImplementedError
