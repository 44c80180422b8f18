import math


class EarlyStopping:
    """Stop when the metric has not improved by more than min_delta for `patience` consecutive steps.

    Attributes: best (None until the first step), best_epoch (0-based, None until the first step),
    counter (int). step(value) returns True when training should stop.
    """

    def __init__(self, patience: int, min_delta: float = 0.0, mode: str = "min") -> None:
        if patience < 1 or min_delta < 0 or mode not in ("min", "max"):
            raise ValueError("invalid early-stopping configuration")
        self.patience, self.min_delta, self.mode = patience, min_delta, mode
        self.best: float | None = None
        self.best_epoch: int | None = None
        self.counter = 0
        self._epoch = -1

    def _improves(self, value: float) -> bool:
        if math.isnan(value):
            return False  # nan compares False anyway; explicit for the first step
        if self.best is None:
            return True
        if self.mode == "min":
            return value < self.best - self.min_delta
        return value > self.best + self.min_delta

    def step(self, value: float) -> bool:
        self._epoch += 1
        if self._improves(value):
            self.best, self.best_epoch, self.counter = float(value), self._epoch, 0
        else:
            self.counter += 1
        return self.counter >= self.patience
