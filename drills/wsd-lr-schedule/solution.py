import math


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
    if min(step, warmup_steps, stable_steps, decay_steps) < 0:
        raise ValueError("step and phase lengths must be non-negative")
    if shape not in ("linear", "sqrt"):
        raise ValueError(f"unknown decay shape {shape!r}")
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    decay_start = warmup_steps + stable_steps
    if step < decay_start:
        return float(base_lr)
    if decay_steps == 0 or step > decay_start + decay_steps:
        return float(min_lr)
    f = (step - decay_start) / decay_steps
    keep = 1.0 - f if shape == "linear" else 1.0 - math.sqrt(f)  # fraction of the peak-to-floor gap left
    return min_lr + (base_lr - min_lr) * keep
