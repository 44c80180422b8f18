import warnings

import numpy as np
from scipy.stats import multivariate_normal
from sklearn.mixture import GaussianMixture


def _setup(seed=0):
    rng = np.random.default_rng(seed)
    X = np.concatenate([rng.normal(size=(60, 2)) @ np.array([[1.0, 0.5], [0.0, 0.7]]),
                        rng.normal(size=(40, 2)) * 0.6 + [3.0, 2.0]])
    w = np.array([0.5, 0.5])
    mu = np.array([[-0.5, 0.0], [2.0, 1.0]])
    cov = np.array([np.eye(2), np.eye(2) * 2.0])
    return X, w, mu, cov


def test_one_step_matches_sklearn_single_iteration(impl):
    X, w, mu, cov = _setup()
    new_w, new_mu, new_cov, _ = impl.gmm_em_step(X, w, mu, cov)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")                 # sklearn warns that 1 iteration did not converge
        ref = GaussianMixture(2, weights_init=w, means_init=mu, precisions_init=np.linalg.inv(cov),
                              max_iter=1, reg_covar=0.0).fit(X)
    assert np.allclose(new_w, ref.weights_) and np.allclose(new_mu, ref.means_)
    assert np.allclose(new_cov, ref.covariances_)


def test_log_likelihood_is_of_the_input_parameters(impl):
    X, w, mu, cov = _setup(1)
    *_, ll = impl.gmm_em_step(X, w, mu, cov)
    dens = sum(w[k] * multivariate_normal(mu[k], cov[k]).pdf(X) for k in range(2))
    assert np.isclose(ll, np.log(dens).sum())


def test_em_never_decreases_the_likelihood(impl):
    X, w, mu, cov = _setup(2)
    lls = []
    for _ in range(15):
        w, mu, cov, ll = impl.gmm_em_step(X, w, mu, cov)
        lls.append(ll)
    assert np.all(np.diff(lls) >= -1e-9) and lls[-1] > lls[0]


def test_far_away_points_do_not_produce_nan(impl):
    X, w, mu, cov = _setup(3)
    X = np.vstack([X, [[200.0, -300.0]]])              # densities underflow to 0 in linear space
    new_w, new_mu, new_cov, ll = impl.gmm_em_step(X, w, mu, cov)
    assert np.all(np.isfinite(new_mu)) and np.isfinite(ll) and np.isclose(new_w.sum(), 1.0)


def test_single_component_is_the_sample_mean_and_ml_covariance(impl):
    X, *_ = _setup(4)
    w, mu, cov, _ = impl.gmm_em_step(X, np.array([1.0]), np.zeros((1, 2)), np.eye(2)[None])
    assert np.allclose(w, [1.0]) and np.allclose(mu[0], X.mean(0))
    assert np.allclose(cov[0], np.cov(X.T, bias=True))
