import numpy as np
import pytest
from sklearn.decomposition import PCA


def _data(seed=0, n=60, d=5):
    rng = np.random.default_rng(seed)
    return rng.normal(size=(n, d)) @ rng.normal(size=(d, d)) + 10.0   # correlated, far from origin


def test_matches_sklearn_up_to_sign(impl):
    X = _data()
    comps, var, ratio, Z = impl.pca(X, 3)
    ref = PCA(n_components=3, svd_solver="full").fit(X)
    signs = np.sign((comps * ref.components_).sum(axis=1))
    assert np.allclose(comps * signs[:, None], ref.components_)
    assert np.allclose(var, ref.explained_variance_) and np.allclose(ratio, ref.explained_variance_ratio_)
    assert np.allclose(Z * signs, ref.transform(X))


def test_sign_convention_largest_entry_positive(impl):
    comps, *_ = impl.pca(_data(1), 4)
    big = comps[np.arange(4), np.abs(comps).argmax(axis=1)]
    assert np.all(big > 0)
    comps2, *_ = impl.pca(-_data(1), 4)                 # flipping the data must not flip the axes
    assert np.allclose(comps, comps2)


def test_components_are_orthonormal_and_variance_sorted(impl):
    comps, var, ratio, Z = impl.pca(_data(2), 5)
    assert np.allclose(comps @ comps.T, np.eye(5))
    assert np.all(np.diff(var) <= 1e-12) and np.isclose(ratio.sum(), 1.0)
    assert np.allclose(Z.var(axis=0, ddof=1), var)


def test_line_in_2d_has_one_component(impl):
    t = np.linspace(-1, 1, 11)
    X = np.column_stack([3 * t + 1, -4 * t + 2])          # direction (3, -4) / 5
    comps, var, ratio, _ = impl.pca(X, 1)
    assert np.allclose(comps, [[-0.6, 0.8]]) and np.isclose(ratio[0], 1.0)
    assert np.isclose(var[0], 25 * t.var(ddof=1))


def test_invalid_n_components_raises(impl):
    with pytest.raises(ValueError):
        impl.pca(np.zeros((4, 3)), 4)
    with pytest.raises(ValueError):
        impl.pca(np.zeros((1, 3)), 1)
