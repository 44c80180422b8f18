import numpy as np
import pytest
from sklearn.metrics import log_loss


def _reference(z, y, gamma, alpha):
    p = 1.0 / (1.0 + np.exp(-z))
    p_t = np.where(y == 1, p, 1 - p)
    a_t = 1.0 if alpha is None else np.where(y == 1, alpha, 1 - alpha)
    return float(np.mean(-a_t * (1 - p_t) ** gamma * np.log(p_t)))


def test_example(impl):
    assert np.isclose(impl.focal_loss(np.array([0.0]), np.array([1])), 0.25 * 0.25 * np.log(2.0))


def test_gamma_zero_no_alpha_is_binary_cross_entropy(impl):
    rng = np.random.default_rng(0)
    z = rng.normal(scale=2.0, size=40)
    y = (rng.random(40) < 0.3).astype(int)
    p = 1.0 / (1.0 + np.exp(-z))
    assert np.isclose(impl.focal_loss(z, y, gamma=0.0, alpha=None), log_loss(y, p, labels=[0, 1]))


def test_matches_definition_with_alpha_on_both_classes(impl):
    z = np.array([-2.0, -0.5, 0.3, 1.7, 3.0, -1.0])
    y = np.array([0, 1, 0, 1, 1, 0])
    for gamma, alpha in [(2.0, 0.25), (1.0, 0.75), (0.5, None)]:
        assert np.isclose(impl.focal_loss(z, y, gamma=gamma, alpha=alpha), _reference(z, y, gamma, alpha))


def test_easy_examples_are_down_weighted(impl):
    # a well-classified negative (p = 0.05) loses most of its weight; a badly classified one keeps it
    easy, hard = np.array([np.log(0.05 / 0.95)]), np.array([np.log(0.95 / 0.05)])
    y0 = np.array([0])
    ratio_easy = impl.focal_loss(easy, y0, gamma=2.0, alpha=None) / impl.focal_loss(easy, y0, gamma=0.0, alpha=None)
    ratio_hard = impl.focal_loss(hard, y0, gamma=2.0, alpha=None) / impl.focal_loss(hard, y0, gamma=0.0, alpha=None)
    assert np.isclose(ratio_easy, 0.05**2) and np.isclose(ratio_hard, 0.95**2)


def test_extreme_logits_are_finite_and_correct(impl):
    z = np.array([800.0, -800.0, 800.0])
    y = np.array([0, 0, 1])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        out = impl.focal_loss(z, y, gamma=2.0, alpha=0.25)
    assert np.isclose(out, 0.75 * 800.0 / 3)  # only the confident mistake counts, with (1 - p_t)^2 = 1


def test_bad_input_raises(impl):
    with pytest.raises(ValueError):
        impl.focal_loss(np.zeros(3), np.array([0, 1]))
    with pytest.raises(ValueError):
        impl.focal_loss(np.zeros(0), np.zeros(0, dtype=int))
