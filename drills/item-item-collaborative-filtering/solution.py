import numpy as np


def item_cosine_similarity(R: np.ndarray) -> np.ndarray:
    """Cosine similarity between item columns of R (n_users, n_items), 0 = not rated.

    Missing ratings count as 0 in the dot products. An item with no ratings has similarity 0 with
    every item (itself included). Returns float (n_items, n_items), symmetric.
    """
    R = np.asarray(R, dtype=float)
    norms = np.linalg.norm(R, axis=0)
    S = R.T @ R
    denom = np.outer(norms, norms)
    return np.divide(S, denom, out=np.zeros_like(S), where=denom > 0)


def predict_item_item(R: np.ndarray, S: np.ndarray, user: int, item: int, k: int) -> float:
    """Predict user's rating of item from the k most similar items the user has rated.

    R: (n_users, n_items), 0 = not rated; S: item-item similarity (n_items, n_items).
    Neighbours: items j != item with R[user, j] > 0 and S[item, j] > 0, the k largest S[item, j]
    (ties -> lower j). Prediction = sum_j S[item, j] R[user, j] / sum_j S[item, j].
    Fallbacks: no neighbour -> mean of item's observed ratings; item never rated -> mean of all
    observed ratings. Raises ValueError if k < 1 or R has no rating at all.
    """
    R = np.asarray(R, dtype=float)
    if k < 1 or not (R > 0).any():
        raise ValueError("need k >= 1 and at least one rating")
    rated = R[user] > 0
    rated[item] = False
    cand = np.flatnonzero(rated & (S[item] > 0))
    if len(cand) > 0:
        # stable sort on -similarity keeps the lower item index first among equal similarities
        top = cand[np.argsort(-S[item, cand], kind="stable")[:k]]
        w = S[item, top]
        return float(w @ R[user, top] / w.sum())
    col = R[:, item]
    if (col > 0).any():
        return float(col[col > 0].mean())
    return float(R[R > 0].mean())
