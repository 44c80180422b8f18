import numpy as np


def _best_stump(X, r):
    """Stump (feature, threshold, left mean, right mean) minimising the squared error on residuals r."""
    n, d = X.shape
    best, best_score = None, -np.inf
    total = r.sum()
    for j in range(d):
        order = np.argsort(X[:, j], kind="stable")
        xs, rs = X[order, j], r[order]
        s_l = np.cumsum(rs)[:-1]                     # residual sum left of each cut
        n_l = np.arange(1, n)
        # SSE = sum r^2 - S_L^2/n_L - S_R^2/n_R, so maximise S_L^2/n_L + S_R^2/n_R.
        score = s_l ** 2 / n_l + (total - s_l) ** 2 / (n - n_l)
        score = np.where(xs[1:] > xs[:-1], score, -np.inf)
        i = int(np.argmax(score))                    # first maximum -> smallest threshold
        if score[i] > best_score:                    # strict -> lowest feature on ties
            best_score = score[i]
            best = (j, float((xs[i] + xs[i + 1]) / 2), float(s_l[i] / n_l[i]), float((total - s_l[i]) / (n - n_l[i])))
    return best


def _stump_predict(stump, X):
    j, t, left, right = stump
    return np.where(X[:, j] <= t, left, right)


def fit_gradient_boosting(X: np.ndarray, y: np.ndarray, n_estimators: int, learning_rate: float = 0.1) -> dict:
    """Gradient boosting for squared loss with depth-1 regression trees (stumps).

    X: float (n_samples, n_features); y: float (n_samples,).
    F_0 = mean(y); for m = 1..n_estimators: fit a stump to the residuals y - F_{m-1} by least squares
    (thresholds at midpoints of consecutive distinct values, x <= t goes left, each leaf predicts its
    mean residual; ties -> lowest feature, then smallest threshold) and set F_m = F_{m-1} + lr * stump.
    If every feature is constant, no stump is added.
    Returns {"init": float, "learning_rate": float, "stumps": [(feature, threshold, left, right), ...]}.
    Raises ValueError on empty input or mismatched lengths.
    """
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(y) == 0 or len(X) != len(y):
        raise ValueError("need a non-empty X and y of the same length")
    init = float(y.mean())
    F = np.full(len(y), init)
    stumps = []
    for _ in range(n_estimators):
        stump = _best_stump(X, y - F)                # negative gradient of 1/2 (y - F)^2 is y - F
        if stump is None:
            break
        stumps.append(stump)
        F += learning_rate * _stump_predict(stump, X)
    return {"init": init, "learning_rate": float(learning_rate), "stumps": stumps}


def predict_gradient_boosting(model: dict, X: np.ndarray) -> np.ndarray:
    """F_M(x) = init + learning_rate * sum of stump outputs, float (n_samples,)."""
    X = np.asarray(X, dtype=float)
    F = np.full(len(X), model["init"])
    for stump in model["stumps"]:
        F += model["learning_rate"] * _stump_predict(stump, X)
    return F
