import numpy as np
import pytest


Q = np.array([1.0, 1.0])
DOCS = np.array([[1.0, 0.0], [1.0, 0.02], [0.0, 1.0], [-1.0, 0.3]])   # 0 and 1 are near-duplicates


def test_diversity_skips_the_near_duplicate(impl):
    # doc 1 is most relevant; doc 0 is as relevant as doc 2 but almost identical to doc 1
    assert impl.mmr_rerank(Q, DOCS, 2, lam=0.5) == [1, 2]


def test_lambda_one_is_pure_relevance_ranking(impl):
    assert impl.mmr_rerank(Q, DOCS, 4, lam=1.0) == [1, 0, 2, 3]


def test_hand_computed_second_pick(impl):
    docs = np.array([[1.0, 0.0], [0.8, 0.6], [0.6, -0.8]])
    # after doc 0: doc1 = .3*.8 - .7*.8 = -.32 ; doc2 = .3*.6 - .7*.6 = -.24 -> doc 2
    assert impl.mmr_rerank(np.array([1.0, 0.0]), docs, 2, lam=0.3) == [0, 2]
    # with lam = .7: doc1 = .56 - .24 = .32 ; doc2 = .42 - .18 = .24 -> doc 1
    assert impl.mmr_rerank(np.array([1.0, 0.0]), docs, 2, lam=0.7) == [0, 1]


def test_redundancy_is_the_max_over_all_selected(impl):
    docs = np.array([[0.2, -0.5, -0.4], [-2.4, 1.8, 1.1], [-0.3, 0.8, 0.3], [-0.6, 1.0, -0.3], [-0.3, -0.8, 0.5]])
    q = np.array([-0.1, 0.5, -0.6])
    # brute force of each greedy step; summing the similarities to the selected set, or using only
    # the last selected document, picks 4 before 1 at the fourth step
    U = docs / np.linalg.norm(docs, axis=1, keepdims=True)
    rel = U @ (q / np.linalg.norm(q))
    chosen = []
    for _ in range(5):
        best = max((i for i in range(5) if i not in chosen),
                   key=lambda i: (0.5 * rel[i] - 0.5 * max([U[i] @ U[j] for j in chosen], default=0.0), -i))
        chosen.append(best)
    assert chosen == [3, 0, 2, 1, 4]
    assert impl.mmr_rerank(q, docs, 5, lam=0.5) == chosen


def test_ties_zero_vectors_and_k(impl):
    docs = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 0.0]])
    assert impl.mmr_rerank(np.array([1.0, 0.0]), docs, 10, lam=1.0) == [1, 2, 0]
    assert impl.mmr_rerank(np.array([1.0, 0.0]), docs, 0) == []
    with pytest.raises(ValueError):
        impl.mmr_rerank(np.array([1.0, 0.0]), docs, 2, lam=1.5)


def test_negative_similarity_to_the_selected_set_is_not_clamped_to_zero(impl):
    docs = np.array([[0.6, 0.8], [-0.6, 0.8], [-1.0, 0.0]])
    # doc 0 first (relevance .8, ties doc 1 -> lower index); then doc1 = .5*.8 - .5*.28 = .26 and
    # doc2 = .5*0 - .5*(-.6) = .30 -> doc 2. A running max started at 0 scores doc2 as 0 -> doc 1.
    assert impl.mmr_rerank(np.array([0.0, 1.0]), docs, 2, lam=0.5) == [0, 2]
