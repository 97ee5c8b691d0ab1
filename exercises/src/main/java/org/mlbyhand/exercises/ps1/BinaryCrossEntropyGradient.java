package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · bce-gradient — the gradient of logistic regression's loss with respect to its weights and intercept.
 *
 * <p>A logistic model scores row i of X as zᵢ = xᵢ·w + b and is judged by the binary cross-entropy
 * <pre>{@code
 *   L(w, b) = (1/n) Σᵢ [ log(1 + e^zᵢ) − yᵢ·zᵢ ],        z = X·w + b
 *   ∂L/∂zᵢ  = (1/n)·(σ(zᵢ) − yᵢ)                          since d/dz log(1 + e^z) = σ(z)
 *   ∂L/∂w   = (1/n)·Xᵀ(σ(z) − y)                          (length p)
 *   ∂L/∂b   = (1/n)·Σᵢ (σ(zᵢ) − yᵢ)
 * }</pre>
 * The residual σ(z) − y is all there is: the derivative σ′ = σ(1 − σ) of the sigmoid cancels against
 * the derivative of the log, which is why this loss, unlike a squared error on σ(z), never has a
 * vanishing gradient on a confidently wrong row.
 *
 * <p>Arguments: X is n×p (not modified); y has length n, each label 0 or 1 (not modified); w has
 * length p (not modified); b is a number. Return {@code new LinearGradient(dw, db)}. Throw
 * {@link ShapeMismatchException} if y's length is not n or w's is not p, and
 * {@link IllegalArgumentException} if X has no rows or no columns, a label is not 0 or 1, or an entry of
 * X, w or b is NaN or infinite.
 *
 * <p>You need: {@code X.rows()}, {@code X.cols()}, {@code X.get(i, j)} (or {@code X.multiply(w)} and
 * {@code X.transpose()}), and core's {@code Activations.sigmoid(double)} from
 * {@code org.mlbyhand.core.functions} (the stable σ of the sigmoid exercise). Do not call core's
 * {@code Losses}.
 *
 * <p>Classic traps: the score includes the intercept, z = X·w + b; the residual is σ(z) − y, not
 * y − σ(z) (the gradient points uphill), for dw and db alike; both parts are means, divided by n; no
 * extra factor σ(z)(1 − σ(z)) — that is the derivative of a squared error on σ(z), not of this loss; the
 * labels are 0 and 1, not ±1, so a row with yᵢ = 0 contributes its σ(zᵢ) too.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=bce-gradient}
 */
public final class BinaryCrossEntropyGradient {
    private BinaryCrossEntropyGradient() {
    }

    /**
     * Returns the gradient (∂L/∂w, ∂L/∂b) of the mean binary cross-entropy of the scores X·w + b.
     *
     * @param X the n×p features (not modified)
     * @param y the labels, length n, each 0 or 1 (not modified)
     * @param w the weights, length p (not modified)
     * @param b the intercept
     * @return {@code new LinearGradient(dw, db)}, dw of length p
     * @throws ShapeMismatchException if {@code y.length != X.rows()} or {@code w.length != X.cols()}
     * @throws IllegalArgumentException if X is empty, a label is not 0 or 1, or X, w or b is not finite
     */
    public static LinearGradient gradient(Matrix X, int[] y, double[] w, double b) {
        // TODO: check the arguments, form the residuals σ(zᵢ) − yᵢ, then average them into dw and db.
        throw new NotImplementedYet("ps1 bce-gradient");
    }
}
