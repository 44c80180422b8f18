import numpy as np
import pytest


def test_hand_example(impl):
    y = np.array([1, 0, 1, 0, 0, 1, 0])
    # class 0 indices 1, 3, 4, 6 then class 1 indices 0, 2, 5 -> folds 0, 1, 0, 1, 0, 1, 0
    folds = impl.stratified_kfold(y, 2)
    assert [t.tolist() for _, t in folds] == [[0, 1, 4, 5], [2, 3, 6]]
    assert folds[0][0].tolist() == [2, 3, 6] and folds[1][0].tolist() == [0, 1, 4, 5]


def test_dealing_continues_across_classes(impl):
    # class 0 -> folds 0, 1, 0 ; class 1 continues at fold 1 -> 1, 0, 1 (restarting would give 4 vs 2)
    folds = impl.stratified_kfold(np.array([0, 0, 0, 1, 1, 1]), 2)
    assert [t.tolist() for _, t in folds] == [[0, 2, 4], [1, 3, 5]]


def test_partition_and_disjoint_train_test(impl):
    rng = np.random.default_rng(0)
    y = rng.choice(["a", "b", "c"], 101, p=[0.7, 0.2, 0.1])
    folds = impl.stratified_kfold(y, 5)
    tests = np.concatenate([t for _, t in folds])
    assert np.array_equal(np.sort(tests), np.arange(101))
    for train, test in folds:
        assert len(np.intersect1d(train, test)) == 0 and len(train) + len(test) == 101
        assert np.all(np.diff(train) > 0) and np.all(np.diff(test) > 0)


def test_each_class_is_spread_evenly(impl):
    rng = np.random.default_rng(1)
    y = rng.integers(0, 4, 250)
    k = 6
    folds = impl.stratified_kfold(y, k)
    for c in range(4):
        per_fold = [np.sum(y[t] == c) for _, t in folds]
        total = np.sum(y == c)
        assert set(per_fold) <= {total // k, -(-total // k)}, (c, per_fold)
    sizes = [len(t) for _, t in folds]
    assert max(sizes) - min(sizes) <= 1


def test_rare_class_lands_in_different_folds(impl):
    y = np.array([0] * 12 + [1] * 3)
    folds = impl.stratified_kfold(y, 3)
    assert [int(np.sum(y[t] == 1)) for _, t in folds] == [1, 1, 1]


def test_invalid_n_splits_raises(impl):
    with pytest.raises(ValueError):
        impl.stratified_kfold(np.array([0, 1, 0]), 4)
    with pytest.raises(ValueError):
        impl.stratified_kfold(np.array([0, 1, 0]), 1)
