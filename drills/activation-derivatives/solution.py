import numpy as np

_C = np.sqrt(2.0 / np.pi)
_A = 0.044715


def relu(x: np.ndarray) -> np.ndarray:
    """max(0, x) elementwise."""
    return np.maximum(x, 0.0)


def relu_grad(x: np.ndarray) -> np.ndarray:
    """dReLU/dx elementwise: 1.0 where x > 0, else 0.0 (0.0 at x == 0)."""
    return (x > 0).astype(np.float64)


def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)) elementwise, without overflow for large |x|."""
    x = np.asarray(x, dtype=np.float64)
    z = np.exp(-np.abs(x))  # in (0, 1]: never overflows, whichever branch is used below
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))


def sigmoid_grad(x: np.ndarray) -> np.ndarray:
    """sigmoid(x) * (1 - sigmoid(x)) elementwise."""
    s = sigmoid(x)
    return s * (1.0 - s)


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh approximation: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))."""
    return 0.5 * x * (1.0 + np.tanh(_C * (x + _A * x**3)))


def gelu_grad(x: np.ndarray) -> np.ndarray:
    """Exact derivative of the tanh-approximated GELU, elementwise."""
    t = np.tanh(_C * (x + _A * x**3))
    du = _C * (1.0 + 3.0 * _A * x**2)
    # product rule: d/dx [0.5 x (1 + t)] = 0.5 (1 + t) + 0.5 x (1 - t^2) u'
    return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t**2) * du
