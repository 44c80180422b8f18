def warmup_cosine_lr(step: int, base_lr: float, warmup_steps: int, total_steps: int, min_lr: float = 0.0) -> float:
    """Linear warmup from 0 over warmup_steps, cosine from base_lr to min_lr at total_steps, then min_lr.

    ValueError if step < 0, total_steps < 1, warmup_steps < 0 or warmup_steps > total_steps.
    """
    raise NotImplementedError
