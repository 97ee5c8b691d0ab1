package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · gd — fit a linear regression by batch gradient descent on the mean squared error.
 *
 * <p>Minimise mse(w, b) = (1/n)·Σᵢ(yᵢ − (X·w + b)ᵢ)² by starting at w = 0 (length p), b = 0, and taking
 * exactly {@code steps} steps of size η = learningRate downhill:
 * <pre>{@code
 *   for t = 1 … steps:
 *       (dw, db) = ∇mse(w, b)                 both at the current (w, b)
 *       w ← w − η·dw                          every entry of w
 *       b ← b − η·db
 * }</pre>
 * The update is simultaneous: dw and db are both taken at the same (w, b), before either moves. With
 * η ≤ 1/L, L = 2·(‖X‖_F² + n)/n, every step lowers the loss and the iterates approach the least-squares
 * fit. Example: X = [[1], [2]], y = [1, 2], η = 0.1, one step: ∇mse(0, 0) = ([−5], −3), so w = [0.5],
 * b = 0.3.
 *
 * <p>Errors: if learningRate is not finite and &gt; 0, or steps &lt; 0, throw
 * {@link IllegalArgumentException}; if y's length is not n, throw {@link ShapeMismatchException}; if X
 * has no rows or an entry of X or y is NaN or infinite, throw {@link IllegalArgumentException}.
 * {@code Losses.mseGradient} makes the last two checks for you at the first step; with steps = 0 nothing
 * calls it, so check X and y before the loop.
 *
 * <p>You need: {@code Losses.mseGradient(X, y, w, b)} from {@code org.mlbyhand.core.functions} (its
 * {@code dw()} and {@code db()}; you wrote it in the previous exercise, mse-gradient, and this one is
 * about the loop), {@code new double[p]}, {@code new LinearParameters(w, b)}. Not
 * {@code GradientDescentRegressor} or {@code SgdRegressor}: they run this loop for you.
 *
 * <p>Classic traps: minus, not plus (plus climbs the loss); the intercept b is a parameter too and
 * moves every step, with the same η; take both derivatives before updating either (updating w first and
 * then taking db at the new w is another algorithm); recompute the gradient at every step; the loop
 * runs exactly {@code steps} times, and steps = 0 returns the starting point.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=gd}
 */
public final class LinearRegressionGradientDescent {
    private LinearRegressionGradientDescent() {
    }

    /**
     * Returns (w, b) after {@code steps} steps of gradient descent on mse from w = 0, b = 0.
     *
     * @param X            the features, n×p with n, p ≥ 1, finite (not modified)
     * @param y            the targets, length n, finite (not modified)
     * @param learningRate the step size η, finite and &gt; 0
     * @param steps        how many steps to take, ≥ 0
     * @return {@code new LinearParameters(w, b)} with w of length p
     * @throws IllegalArgumentException if learningRate or steps is out of range, X has no rows, or X or
     *         y holds a NaN or infinity
     * @throws ShapeMismatchException if {@code y.length != n}
     */
    public static LinearParameters fit(Matrix X, double[] y, double learningRate, int steps) {
        // TODO: check the arguments, start at w = 0, b = 0, then take exactly `steps` gradient steps.
        throw new NotImplementedYet("ps1 gd");
    }
}
