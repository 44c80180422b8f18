import numpy as np


def f1_scores(y_true: np.ndarray, y_pred: np.ndarray, labels: np.ndarray | None = None) -> dict:
    """Multiclass F1 with micro, macro and weighted averaging.

    labels: the classes to score (default: sorted union of y_true and y_pred).
    Per class c: F1_c = 2 TP_c / (2 TP_c + FP_c + FN_c), and 0.0 when that denominator is 0.
    micro: F1 from TP, FP, FN summed over the scored classes; macro: unweighted mean of F1_c;
    weighted: mean of F1_c weighted by support (number of true samples of c), 0.0 if total support is 0.
    Returns {"per_class": float (K,), "micro": float, "macro": float, "weighted": float}.
    Raises ValueError if the lengths differ or the input is empty.
    """
    y_true = np.asarray(y_true)
    y_pred = np.asarray(y_pred)
    if y_true.shape != y_pred.shape or len(y_true) == 0:
        raise ValueError("need non-empty y_true and y_pred of the same length")
    labels = np.unique(np.concatenate([y_true, y_pred])) if labels is None else np.asarray(labels)
    T = y_true[:, None] == labels[None, :]           # (n, K) one-hot of truth (0 row if unscored)
    P = y_pred[:, None] == labels[None, :]
    tp = (T & P).sum(axis=0)
    fp = (~T & P).sum(axis=0)
    fn = (T & ~P).sum(axis=0)
    den = 2 * tp + fp + fn
    per_class = np.divide(2 * tp, den, out=np.zeros(len(labels)), where=den > 0)
    micro_den = den.sum()
    support = T.sum(axis=0)
    return {
        "per_class": per_class,
        "micro": float(2 * tp.sum() / micro_den) if micro_den > 0 else 0.0,
        "macro": float(per_class.mean()),
        "weighted": float(per_class @ support / support.sum()) if support.sum() > 0 else 0.0,
    }
