package org.mlbyhand.core.functions;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The gradient of a loss with respect to the parameters of a softmax model with scores
 * Z = X·Wᵀ + 1·bᵀ (W is k×p, b length k): ∂L/∂W (k×p) and ∂L/∂b (length k). Returned by
 * {@link Losses#softmaxCrossEntropyGradient}. The matrix and array are the record's own: callers must
 * not modify them.
 *
 * @param dW ∂L/∂W, k×p
 * @param db ∂L/∂b, length k
 */
public record SoftmaxGradient(Matrix dW, double[] db) {
}
