import math


def warmup_cosine_lr(step: int, base_lr: float, warmup_steps: int, total_steps: int, min_lr: float = 0.0) -> float:
    """Linear warmup from 0 over warmup_steps, cosine from base_lr to min_lr at total_steps, then min_lr.

    ValueError if step < 0, total_steps < 1, warmup_steps < 0 or warmup_steps > total_steps.
    """
    if step < 0 or total_steps < 1 or warmup_steps < 0 or warmup_steps > total_steps:
        raise ValueError("invalid schedule arguments")
    if step < warmup_steps:
        return base_lr * step / warmup_steps
    if step > total_steps:
        return float(min_lr)
    decay_steps = total_steps - warmup_steps
    if decay_steps == 0:  # warmup fills the whole run: step == total_steps here
        return float(base_lr)
    progress = (step - warmup_steps) / decay_steps
    return min_lr + 0.5 * (base_lr - min_lr) * (1.0 + math.cos(math.pi * progress))
