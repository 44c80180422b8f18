def wsd_lr(
    step: int,
    base_lr: float,
    warmup_steps: int,
    stable_steps: int,
    decay_steps: int,
    min_lr: float = 0.0,
    shape: str = "linear",
) -> float:
    """Warmup (linear from 0), stable at base_lr, decay to min_lr ("linear" or "sqrt" = 1 - sqrt), then min_lr.

    ValueError on a negative step or phase length, or an unknown shape.
    """
    raise NotImplementedError
