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
    if beam_width < 1 or max_new_tokens < 1:
        raise ValueError("beam_width and max_new_tokens must be >= 1")
    alive: list[tuple[tuple[int, ...], float]] = [((bos,), 0.0)]
    finished: list[tuple[tuple[int, ...], float]] = []
    for _ in range(max_new_tokens):
        candidates = []
        for seq, lp in alive:
            step = log_prob_fn(seq)
            candidates.extend((seq + (tok,), lp + float(step[tok])) for tok in range(len(step)))
        candidates.sort(key=lambda c: (-c[1], c[0]))  # best first, ties by token tuple
        alive = []
        for seq, lp in candidates[:beam_width]:
            (finished if seq[-1] == eos else alive).append((seq, lp))
        if not alive:
            break
    finished.extend(alive)  # hypotheses cut off by the length limit
    scored = [(seq[1:], lp / (len(seq) - 1) ** length_penalty) for seq, lp in finished]
    scored.sort(key=lambda c: (-c[1], c[0]))
    return scored[:beam_width]
