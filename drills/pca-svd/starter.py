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
    raise NotImplementedError
