import numpy as np


def ipw_ate(y: np.ndarray, t: np.ndarray, propensity: np.ndarray, clip: float = 0.01, normalized: bool = True) -> float:
    """Inverse-propensity-weighted estimate of the average treatment effect E[Y(1) - Y(0)].

    y: float outcomes (n,); t: 0/1 treatment (n,); propensity: P(T = 1 | X) per unit (n,), clipped to
    [clip, 1 - clip] first. Horvitz-Thompson (normalized=False):
        mean(t y / e) - mean((1 - t) y / (1 - e)).
    Hajek (normalized=True): each weighted mean divided by its own sum of weights,
        sum(t y / e) / sum(t / e) - sum((1 - t) y / (1 - e)) / sum((1 - t) / (1 - e)).
    Raises ValueError if lengths differ, t is not 0/1, a group is empty, or clip is not in [0, 0.5).
    """
    raise NotImplementedError
