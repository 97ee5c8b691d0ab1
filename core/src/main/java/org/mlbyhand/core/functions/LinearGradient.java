package org.mlbyhand.core.functions;

/**
 * The gradient of a loss with respect to the parameters of a linear model ŷ = X·w + b: the partial
 * derivatives ∂L/∂w (length p) and ∂L/∂b. Returned by {@link Losses#mseGradient} and
 * {@link Losses#binaryCrossEntropyGradient}. The array is the record's own: callers must not modify it.
 *
 * @param dw ∂L/∂w, length p
 * @param db ∂L/∂b
 */
public record LinearGradient(double[] dw, double db) {
}
