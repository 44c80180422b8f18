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
    y = np.asarray(y, dtype=float)
    t = np.asarray(t)
    e = np.asarray(propensity, dtype=float)
    if not (len(y) == len(t) == len(e)):
        raise ValueError("y, t and propensity must have the same length")
    if not np.isin(t, (0, 1)).all():
        raise ValueError("t must be 0 or 1")
    if t.sum() == 0 or t.sum() == len(t):
        raise ValueError("need treated and control units")
    if not 0 <= clip < 0.5:
        raise ValueError("clip must lie in [0, 0.5)")
    e = np.clip(e, clip, 1 - clip)                 # extreme propensities would explode the weights
    w1, w0 = t / e, (1 - t) / (1 - e)
    if normalized:
        return float((w1 @ y) / w1.sum() - (w0 @ y) / w0.sum())
    return float(np.mean(w1 * y) - np.mean(w0 * y))
