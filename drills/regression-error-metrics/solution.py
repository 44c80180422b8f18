import numpy as np


def regression_metrics(y_true: np.ndarray, y_pred: np.ndarray) -> dict:
    """MAE, RMSE, MAPE and R^2 of predictions y_pred (n,) for targets y_true (n,).

    mae = mean|e|, rmse = sqrt(mean e^2) with e = y_true - y_pred;
    mape = mean(|e| / max(|y_true|, machine epsilon)) as a fraction (0.1 = 10 %), finite when a
    target is 0; r2 = 1 - SS_res / SS_tot, and when SS_tot = 0 (constant target) r2 = 1.0 for a
    perfect prediction and 0.0 otherwise. Returns {"mae", "rmse", "mape", "r2"} as floats.
    Raises ValueError on empty input or mismatched lengths.
    """
    y = np.asarray(y_true, dtype=float)
    f = np.asarray(y_pred, dtype=float)
    if y.shape != f.shape or len(y) == 0:
        raise ValueError("need non-empty y_true and y_pred of the same length")
    e = y - f
    ss_res = float(e @ e)
    ss_tot = float(((y - y.mean()) ** 2).sum())
    if ss_tot > 0:
        r2 = 1.0 - ss_res / ss_tot
    else:
        r2 = 1.0 if ss_res == 0 else 0.0
    return {
        "mae": float(np.abs(e).mean()),
        "rmse": float(np.sqrt(ss_res / len(y))),
        "mape": float(np.mean(np.abs(e) / np.maximum(np.abs(y), np.finfo(float).eps))),
        "r2": r2,
    }
