import numpy as np


def pca(X: np.ndarray, n_components: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Principal component analysis through the SVD of the centred data.

    X: float (n_samples, n_features), n_samples >= 2; 1 <= n_components <= min(n_samples, n_features).
    Returns (components (k, d), explained_variance (k,), explained_variance_ratio (k,),
    X_transformed (n, k)):
      - components are unit-norm principal axes ordered by decreasing variance; sign convention:
        the entry with the largest absolute value in each component is positive;
      - explained_variance uses the unbiased (n - 1) denominator;
      - explained_variance_ratio divides by the total variance of all features;
      - X_transformed = (X - mean) @ components.T.
    Raises ValueError for an invalid n_components or fewer than 2 samples.
    """
    X = np.asarray(X, dtype=float)
    n, d = X.shape
    if n < 2 or not 1 <= n_components <= min(n, d):
        raise ValueError("need n >= 2 and 1 <= n_components <= min(n, d)")
    Xc = X - X.mean(axis=0)
    # Thin SVD: Xc = U S Vt, rows of Vt are the principal axes; no covariance matrix is formed.
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    # The SVD fixes each axis only up to sign; make the largest-|.| entry positive.
    signs = np.sign(Vt[np.arange(len(Vt)), np.abs(Vt).argmax(axis=1)])
    Vt *= signs[:, None]
    var = S ** 2 / (n - 1)
    total = Xc.var(axis=0, ddof=1).sum()
    comps = Vt[:n_components]
    return comps, var[:n_components], var[:n_components] / total, Xc @ comps.T
