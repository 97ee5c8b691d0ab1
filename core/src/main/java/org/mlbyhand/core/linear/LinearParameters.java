package org.mlbyhand.core.linear;

/**
 * The parameters of a linear model, z = X·w + b: the coefficients w (length p) and the intercept b.
 * What a hand-written fit returns (the exercises of problem set 1), and what {@link LinearModel#parameters()}
 * and {@link LogisticModel#parameters()} give of a fitted model. The array is the record's own:
 * callers must not modify it.
 *
 * @param w the coefficients, length p
 * @param b the intercept
 */
public record LinearParameters(double[] w, double b) {
}
