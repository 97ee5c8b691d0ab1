package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · mse-gradient — the gradient of the mean squared error of a linear model with respect to its
 * weights w and intercept b.
 *
 * <p>The model predicts ŷ = X·w + b (b added to every row); its loss is mse(y, ŷ) = (1/n)·Σᵢ(ŷᵢ − yᵢ)².
 * With the residual r = ŷ − y, the chain rule through ŷᵢ = Σⱼ Xᵢⱼ·wⱼ + b gives
 * <pre>{@code
 *   ∂mse/∂wⱼ = (2/n) · Σᵢ rᵢ · Xᵢⱼ        dw = (2/n) · Xᵀ(ŷ − y)       (length p)
 *   ∂mse/∂b  = (2/n) · Σᵢ rᵢ              db = (2/n) · Σᵢ (ŷᵢ − yᵢ)
 * }</pre>
 * the 2 from differentiating the square, the 1/n from the mean, and ∂ŷᵢ/∂b = 1 for every row.
 * Example: X = [[2]], y = [3], w = [1], b = 0 has ŷ = [2], r = [−1], dw = [2·(−1)·2] = [−4], db = −2.
 *
 * <p>Errors, as {@code Losses.mseGradient} throws them: if y's length is not n or w's is not p, throw
 * {@link ShapeMismatchException} naming the shapes; if X has no rows, or an entry of X, y, w or b is
 * not finite (NaN or ±∞), throw {@link IllegalArgumentException}.
 *
 * <p>You need: {@code X.rows()}, {@code X.cols()}, {@code X.multiply(w)} (X·w, length n),
 * {@code X.transpose()}, {@code X.firstNonFinite()} (null when every entry is finite),
 * {@code Double.isFinite}, and {@code new LinearGradient(dw, db)} from {@code org.mlbyhand.core.functions}.
 * Not {@code Losses.mseGradient}: that is the answer.
 *
 * <p>Classic traps: the residual is ŷ − y: with y − ŷ you get the negative of the gradient; both the 2 and the 1/n apply to dw and to db alike; ŷ includes b, so
 * the gradient depends on b even though b does not multiply anything.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=mse-gradient}
 */
public final class MeanSquaredErrorGradient {
    private MeanSquaredErrorGradient() {
    }

    /**
     * Returns the gradient (∂mse/∂w, ∂mse/∂b) of mse(y, X·w + b).
     *
     * @param X the features, n×p with n ≥ 1, finite (not modified)
     * @param y the targets, length n, finite (not modified)
     * @param w the weights, length p, finite (not modified)
     * @param b the intercept, finite
     * @return {@code new LinearGradient(dw, db)} with dw of length p
     * @throws ShapeMismatchException if {@code y.length != n} or {@code w.length != p}
     * @throws IllegalArgumentException if X has no rows or an input is NaN or infinite
     */
    public static LinearGradient gradient(Matrix X, double[] y, double[] w, double b) {
        // TODO: check the inputs, compute the residual ŷ − y, then dw and db from it.
        throw new NotImplementedYet("ps1 mse-gradient");
    }
}
