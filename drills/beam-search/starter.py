from typing import Callable

import numpy as np


def beam_search(
    log_prob_fn: Callable[[tuple[int, ...]], np.ndarray],
    bos: int,
    eos: int,
    beam_width: int,
    max_new_tokens: int,
    length_penalty: float = 0.0,
) -> list[tuple[tuple[int, ...], float]]:
    """Beam search; returns up to beam_width (generated tokens without bos, score) sorted best first.

    Score = sum log p / n**length_penalty with n generated tokens (eos included).
    """
    raise NotImplementedError
