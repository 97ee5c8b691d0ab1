package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · mse — the mean squared error of n predictions, the loss least squares minimises.
 *
 * <p>For targets y and predictions ŷ, both of length n ≥ 1,
 * <pre>{@code
 *   mse(y, ŷ) = (1/n) · Σᵢ (yᵢ − ŷᵢ)²        (i = 0, 1, …, n−1)
 * }</pre>
 * Example: y = [1, 2, 3], ŷ = [2, 4, 1] has errors −1, −2, 2, squares 1, 4, 4, and mse = 9/3 = 3.
 *
 * <p>Errors: if the lengths differ, throw {@link ShapeMismatchException} naming both lengths; if n = 0
 * (there is nothing to average), or an entry of y or ŷ is not finite (NaN or ±∞), throw
 * {@link IllegalArgumentException} naming the array and the index ({@code Double.isFinite} tells).
 *
 * <p>You need: a loop, {@code y.length}, {@code Double.isFinite}. Nothing from core: this is the loss
 * the rest of the problem set builds on ({@code Losses.mseLoss} and
 * {@code RegressionMetrics.meanSquaredError} compute it, and the grader refuses code that calls them).
 *
 * <p>Classic traps: the mean divides by n, not n − 1 (that is the sample variance's correction, not
 * the loss's); the error is squared, not its absolute value (that is the mean absolute error); and no
 * square root at the end (that is the RMSE, in y's units, with a different gradient).
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=mse}
 */
public final class MeanSquaredError {
    private MeanSquaredError() {
    }

    /**
     * Returns the mean squared error (1/n)·Σᵢ(yᵢ − ŷᵢ)².
     *
     * @param y    the targets, length n ≥ 1, finite (not modified)
     * @param yHat the predictions ŷ, length n, finite (not modified)
     * @return the mean of the squared errors, ≥ 0
     * @throws ShapeMismatchException if {@code y.length != yHat.length}
     * @throws IllegalArgumentException if n = 0 or an entry is NaN or infinite
     */
    public static double loss(double[] y, double[] yHat) {
        // TODO: check the lengths and the entries, then average the squared errors.
        throw new NotImplementedYet("ps1 mse");
    }
}
