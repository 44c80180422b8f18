import numpy as np
import pytest
from sklearn.metrics import ndcg_score


def test_matches_sklearn_without_ties(impl):
    rng = np.random.default_rng(0)
    y_true = rng.integers(0, 4, size=(6, 12))
    y_score = rng.random((6, 12))
    for k in (1, 3, 5, 12):
        assert np.isclose(impl.ndcg_at_k(y_true, y_score, k), ndcg_score(y_true, y_score, k=k)), k


def test_hand_example_exponential_gain(impl):
    y_true = np.array([[3, 2, 0, 1]])
    y_score = np.array([[0.1, 0.9, 0.8, 0.3]])    # ranking: doc1 (2), doc2 (0), doc3 (1), doc0 (3)
    dcg = 3 / 1 + 0 + 1 / np.log2(4)               # gains 2^2-1, 0, 2^1-1 at ranks 1, 2, 3
    idcg = 7 / 1 + 3 / np.log2(3) + 1 / np.log2(4)
    assert np.isclose(impl.ndcg_at_k(y_true, y_score, 3, gain="exponential"), dcg / idcg)


def test_ideal_uses_all_documents_not_just_the_top_k(impl):
    # the only relevant document is ranked last: NDCG@2 must be 0, not 0/0 or 1
    assert impl.ndcg_at_k(np.array([[0, 0, 1]]), np.array([[0.9, 0.8, 0.1]]), 2) == 0.0
    # relevant doc at rank 2 of 3
    assert np.isclose(impl.ndcg_at_k(np.array([[0, 1, 0]]), np.array([[0.9, 0.8, 0.1]]), 2), 1 / np.log2(3))
    # the best document (rel 3) is outside the top 2: an ideal built from the model's top 2 would give 1
    assert np.isclose(impl.ndcg_at_k(np.array([[1, 0, 3]]), np.array([[0.9, 0.8, 0.1]]), 2), 1 / (3 + 1 / np.log2(3)))


def test_query_without_relevant_documents_scores_zero(impl):
    y_true = np.array([[0, 0, 0], [1, 0, 0]])
    y_score = np.array([[0.3, 0.2, 0.1], [0.3, 0.2, 0.1]])
    assert np.isclose(impl.ndcg_at_k(y_true, y_score, 2), 0.5)


def test_score_ties_break_by_lower_index(impl):
    y_true = np.array([[0, 1, 2]])
    y_score = np.array([[0.5, 0.5, 0.5]])          # order 0, 1, 2
    expected = (1 / np.log2(3) + 2 / np.log2(4)) / (2 + 1 / np.log2(3))
    assert np.isclose(impl.ndcg_at_k(y_true, y_score, 3), expected)


def test_many_score_ties_keep_index_order(impl):
    rng = np.random.default_rng(5)
    y_true = rng.integers(0, 4, size=(3, 40))
    y_score = rng.integers(0, 3, size=(3, 40)).astype(float)      # long runs of equal scores
    disc = 1 / np.log2(np.arange(2, 12))
    expected = []
    for rel, s in zip(y_true, y_score):
        order = np.lexsort((np.arange(40), -s))[:10]               # score desc, then index asc
        expected.append(rel[order] @ disc / (np.sort(rel)[::-1][:10] @ disc))
    assert np.isclose(impl.ndcg_at_k(y_true, y_score, 10), np.mean(expected))


def test_invalid_input_raises(impl):
    with pytest.raises(ValueError):
        impl.ndcg_at_k(np.ones((1, 3)), np.ones((1, 2)), 2)
    with pytest.raises(ValueError):
        impl.ndcg_at_k(np.ones((1, 3)), np.ones((1, 3)), 0)
    with pytest.raises(ValueError):
        impl.ndcg_at_k(np.ones((1, 3)), np.ones((1, 3)), 2, gain="log")
