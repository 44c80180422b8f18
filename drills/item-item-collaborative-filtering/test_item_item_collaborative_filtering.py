import numpy as np
import pytest
from sklearn.metrics.pairwise import cosine_similarity


R = np.array([
    [5.0, 4.0, 0.0, 1.0],
    [4.0, 0.0, 4.0, 1.0],
    [1.0, 1.0, 5.0, 0.0],
    [0.0, 5.0, 4.0, 2.0],
])


def test_similarity_matches_sklearn_and_handles_empty_items(impl):
    S = impl.item_cosine_similarity(R)
    assert np.allclose(S, cosine_similarity(R.T)) and np.allclose(S, S.T)
    R2 = np.column_stack([R, np.zeros(4)])
    S2 = impl.item_cosine_similarity(R2)
    assert np.all(np.isfinite(S2)) and np.allclose(S2[4], 0.0)


def test_prediction_by_hand(impl):
    S = cosine_similarity(R.T)
    # user 1 has rated items 0, 2, 3; predict item 1 with the 2 most similar of them
    sims = S[1, [0, 2, 3]]
    top = np.array([0, 2, 3])[np.argsort(-sims)[:2]]
    expected = S[1, top] @ R[1, top] / S[1, top].sum()
    assert np.isclose(impl.predict_item_item(R, S, 1, 1, k=2), expected)


def test_k_limits_the_neighbourhood(impl):
    S = cosine_similarity(R.T)
    all3 = S[1, [0, 2, 3]] @ R[1, [0, 2, 3]] / S[1, [0, 2, 3]].sum()
    assert np.isclose(impl.predict_item_item(R, S, 1, 1, k=10), all3)
    best = [0, 2, 3][int(np.argmax(S[1, [0, 2, 3]]))]
    assert np.isclose(impl.predict_item_item(R, S, 1, 1, k=1), R[1, best])


def test_an_already_rated_item_is_not_its_own_neighbour(impl):
    S = cosine_similarity(R.T)
    # re-predicting user 0's known rating of item 0 (leave-one-out evaluation) must use items 1, 3
    expected = (S[0, 1] * 4 + S[0, 3] * 1) / (S[0, 1] + S[0, 3])
    assert np.isclose(impl.predict_item_item(R, S, 0, 0, k=2), expected)


def test_fallbacks(impl):
    R2 = np.array([[3.0, 0.0, 0.0], [0.0, 5.0, 0.0], [0.0, 2.0, 0.0]])
    S = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]])
    # the three candidate fallbacks differ: item 1's mean 3.5, global mean 10/3, user 0's mean 3
    # user 0 rated only item 0, which has zero similarity to item 1 -> item 1's mean rating
    assert np.isclose(impl.predict_item_item(R2, S, 0, 1, k=3), 3.5)
    # item 2 was never rated -> global mean of observed ratings
    assert np.isclose(impl.predict_item_item(R2, S, 0, 2, k=3), 10 / 3)


def test_negative_similarities_are_not_neighbours(impl):
    R2 = np.array([[4.0, 2.0, 0.0]])
    S = np.array([[1.0, -0.5, 0.9], [-0.5, 1.0, 0.1], [0.9, 0.1, 1.0]])
    # neighbours of item 2 for user 0: items 0 (0.9) and 1 (0.1), both positive
    assert np.isclose(impl.predict_item_item(R2, S, 0, 2, k=5), (0.9 * 4 + 0.1 * 2) / 1.0)
    S[2, 1] = -0.1
    assert np.isclose(impl.predict_item_item(R2, S, 0, 2, k=5), 4.0)


def test_similarity_ties_keep_the_lower_item(impl):
    R2 = np.array([[0.0, 2.0, 4.0, 6.0]])
    S = np.array([[1.0, 0.5, 0.5, 0.5], [0.5, 1.0, 0.0, 0.0], [0.5, 0.0, 1.0, 0.0], [0.5, 0.0, 0.0, 1.0]])
    # items 1, 2, 3 tie at 0.5 for item 0: k=2 keeps items 1 and 2
    assert np.isclose(impl.predict_item_item(R2, S, 0, 0, k=2), 3.0)


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.predict_item_item(R, cosine_similarity(R.T), 0, 2, k=0)
    with pytest.raises(ValueError):
        impl.predict_item_item(np.zeros((2, 3)), np.zeros((3, 3)), 0, 1, k=2)
