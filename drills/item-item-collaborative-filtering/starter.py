import numpy as np


def item_cosine_similarity(R: np.ndarray) -> np.ndarray:
    """Cosine similarity between item columns of R (n_users, n_items), 0 = not rated.

    Missing ratings count as 0 in the dot products. An item with no ratings has similarity 0 with
    every item (itself included). Returns float (n_items, n_items), symmetric.
    """
    raise NotImplementedError


def predict_item_item(R: np.ndarray, S: np.ndarray, user: int, item: int, k: int) -> float:
    """Predict user's rating of item from the k most similar items the user has rated.

    R: (n_users, n_items), 0 = not rated; S: item-item similarity (n_items, n_items).
    Neighbours: items j != item with R[user, j] > 0 and S[item, j] > 0, the k largest S[item, j]
    (ties -> lower j). Prediction = sum_j S[item, j] R[user, j] / sum_j S[item, j].
    Fallbacks: no neighbour -> mean of item's observed ratings; item never rated -> mean of all
    observed ratings. Raises ValueError if k < 1 or R has no rating at all.
    """
    raise NotImplementedError
