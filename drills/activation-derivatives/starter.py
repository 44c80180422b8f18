import numpy as np


def relu(x: np.ndarray) -> np.ndarray:
    """max(0, x) elementwise."""
    raise NotImplementedError


def relu_grad(x: np.ndarray) -> np.ndarray:
    """dReLU/dx elementwise: 1.0 where x > 0, else 0.0 (0.0 at x == 0)."""
    raise NotImplementedError


def sigmoid(x: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-x)) elementwise, without overflow for large |x|."""
    raise NotImplementedError


def sigmoid_grad(x: np.ndarray) -> np.ndarray:
    """sigmoid(x) * (1 - sigmoid(x)) elementwise."""
    raise NotImplementedError


def gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh approximation: 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))."""
    raise NotImplementedError


def gelu_grad(x: np.ndarray) -> np.ndarray:
    """Exact derivative of the tanh-approximated GELU, elementwise."""
    raise NotImplementedError
