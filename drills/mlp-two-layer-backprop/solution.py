import numpy as np


def mlp_loss_and_grads(X: np.ndarray, y: np.ndarray, params: dict, reg: float = 0.0) -> tuple[float, dict]:
    """Mean softmax cross-entropy of ReLU(X W1 + b1) W2 + b2, plus reg/2 (|W1|^2 + |W2|^2).

    Returns (loss, grads) where grads has keys W1, b1, W2, b2 with the shapes of params.
    """
    W1, b1, W2, b2 = params["W1"], params["b1"], params["W2"], params["b2"]
    n = X.shape[0]
    # forward
    z1 = X @ W1 + b1
    h = np.maximum(z1, 0.0)
    logits = h @ W2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    rows = np.arange(n)
    loss = -log_probs[rows, y].mean() + 0.5 * reg * (np.sum(W1 * W1) + np.sum(W2 * W2))
    # backward
    dlogits = np.exp(log_probs)
    dlogits[rows, y] -= 1.0
    dlogits /= n
    dW2 = h.T @ dlogits + reg * W2
    db2 = dlogits.sum(axis=0)
    dz1 = (dlogits @ W2.T) * (z1 > 0)  # ReLU passes gradient only where it was active
    dW1 = X.T @ dz1 + reg * W1
    db1 = dz1.sum(axis=0)
    return float(loss), {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
