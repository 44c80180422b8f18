import numpy as np


def regression_metrics(y_true: np.ndarray, y_pred: np.ndarray) -> dict:
    """MAE, RMSE, MAPE and R^2 of predictions y_pred (n,) for targets y_true (n,).

    mae = mean|e|, rmse = sqrt(mean e^2) with e = y_true - y_pred;
    mape = mean(|e| / max(|y_true|, machine epsilon)) as a fraction (0.1 = 10 %), finite when a
    target is 0; r2 = 1 - SS_res / SS_tot, and when SS_tot = 0 (constant target) r2 = 1.0 for a
    perfect prediction and 0.0 otherwise. Returns {"mae", "rmse", "mape", "r2"} as floats.
    Raises ValueError on empty input or mismatched lengths.
    """
    raise NotImplementedError
