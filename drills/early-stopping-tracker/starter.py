class EarlyStopping:
    """Stop when the metric has not improved by more than min_delta for `patience` consecutive steps.

    Attributes: best (None until the first step), best_epoch (0-based, None until the first step),
    counter (int). step(value) returns True when training should stop.
    """

    def __init__(self, patience: int, min_delta: float = 0.0, mode: str = "min") -> None:
        raise NotImplementedError

    def step(self, value: float) -> bool:
        raise NotImplementedError
