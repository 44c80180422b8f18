import numpy as np
import pytest
from sklearn.metrics.pairwise import cosine_similarity


def test_matches_brute_force(impl):
    rng = np.random.default_rng(0)
    Q, X = rng.normal(size=(5, 8)), rng.normal(size=(50, 8))
    idx, scores = impl.cosine_top_k(Q, X, 7)
    S = cosine_similarity(Q, X)
    assert np.array_equal(idx, np.argsort(-S, axis=1)[:, :7])
    assert np.allclose(scores, np.sort(S, axis=1)[:, ::-1][:, :7])


def test_scale_invariance_differs_from_dot_product(impl):
    X = np.array([[10.0, 0.0], [1.0, 1.0]])
    idx, scores = impl.cosine_top_k(np.array([[1.0, 1.2]]), X, 1)
    assert idx.tolist() == [[1]]                        # a dot product would pick the long item 0
    assert np.isclose(scores[0, 0], 2.2 / (np.sqrt(2) * np.sqrt(2.44)))


def test_ties_go_to_lower_index(impl):
    X = np.array([[0.0, 1.0], [2.0, 0.0], [1.0, 0.0], [5.0, 0.0]])
    idx, _ = impl.cosine_top_k(np.array([[3.0, 0.0]]), X, 3)
    assert idx.tolist() == [[1, 2, 3]]


def test_many_exact_ties_keep_item_order(impl):
    # 60 items copied from 3 directions: long runs of exactly equal scores
    # (an unstable sort or argpartition returns tied items out of index order)
    dirs = np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]])
    X = dirs[np.random.default_rng(3).integers(0, 3, 60)]
    idx, _ = impl.cosine_top_k(np.array([[1.0, 0.0]]), X, 25)
    assert idx[0].tolist() == np.lexsort((np.arange(60), -X[:, 0]))[:25].tolist()


def test_zero_vectors_score_zero(impl):
    X = np.array([[0.0, 0.0], [1.0, 0.0], [-1.0, 0.0]])
    idx, scores = impl.cosine_top_k(np.array([[1.0, 0.0], [0.0, 0.0]]), X, 3)
    assert np.all(np.isfinite(scores))
    assert idx[0].tolist() == [1, 0, 2] and np.allclose(scores[0], [1.0, 0.0, -1.0])
    assert idx[1].tolist() == [0, 1, 2] and np.allclose(scores[1], 0.0)


def test_k_larger_than_corpus_and_invalid_k(impl):
    idx, scores = impl.cosine_top_k(np.ones((2, 3)), np.eye(3), 10)
    assert idx.shape == (2, 3) and scores.shape == (2, 3)
    with pytest.raises(ValueError):
        impl.cosine_top_k(np.ones((1, 3)), np.eye(3), 0)
    with pytest.raises(ValueError):
        impl.cosine_top_k(np.ones((1, 2)), np.eye(3), 1)
