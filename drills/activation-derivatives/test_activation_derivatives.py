import numpy as np
from scipy.special import expit


def _central_diff(f, x, h=1e-6):
    return (f(x + h) - f(x - h)) / (2 * h)


def test_relu_and_its_derivative_at_zero(impl):
    x = np.array([-2.0, -0.0, 0.0, 3.5])
    assert np.array_equal(impl.relu(x), [0.0, 0.0, 0.0, 3.5])
    assert np.array_equal(impl.relu_grad(x), [0.0, 0.0, 0.0, 1.0])


def test_sigmoid_matches_scipy_and_keeps_shape(impl):
    x = np.linspace(-30, 30, 24).reshape(2, 3, 4)
    out = impl.sigmoid(x)
    assert out.shape == x.shape
    assert np.allclose(out, expit(x), rtol=1e-12, atol=1e-300)


def test_sigmoid_extreme_inputs_do_not_overflow(impl):
    x = np.array([-1000.0, -745.0, 0.0, 745.0, 1000.0])
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        out = impl.sigmoid(x)
        grad = impl.sigmoid_grad(x)
    assert np.allclose(out, [0.0, 0.0, 0.5, 1.0, 1.0])
    assert np.allclose(grad, [0.0, 0.0, 0.25, 0.0, 0.0])


def test_gelu_values(impl):
    x = np.array([-3.0, -1.0, 0.0, 1.0, 3.0])
    expected = [-0.0036373920817729943, -0.15880800939172324, 0.0, 0.8411919906082768, 2.9963626079182271]
    assert np.allclose(impl.gelu(x), expected, rtol=1e-10)


def test_derivatives_match_finite_differences(impl):
    x = np.array([-4.0, -1.3, -0.4, 0.3, 1.1, 2.7])
    assert np.allclose(impl.sigmoid_grad(x), _central_diff(impl.sigmoid, x), atol=1e-8)
    assert np.allclose(impl.gelu_grad(x), _central_diff(impl.gelu, x), atol=1e-8)
    assert np.allclose(impl.relu_grad(x), _central_diff(impl.relu, x), atol=1e-8)


def test_gelu_grad_is_negative_around_minus_one(impl):
    # GELU's slope is negative for x below about -0.75
    g = impl.gelu_grad(np.array([-1.5, -1.0]))
    assert np.all(g < 0)
