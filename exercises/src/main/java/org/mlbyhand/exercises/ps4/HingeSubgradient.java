package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · hinge-subgrad — a subgradient of the summed hinge loss with respect to the weights and intercept.
 *
 * <p>With zᵢ = xᵢᵀw + b and sᵢ = 2yᵢ − 1, the loss L(w, b) = Σᵢ max(0, 1 − sᵢzᵢ) is convex but has a
 * kink where sᵢzᵢ = 1. Each row is linear on either side of its kink: it contributes −sᵢ·(xᵢ, 1) where it
 * violates the margin and nothing beyond it. At the kink any t·(−sᵢxᵢ, −sᵢ) with t ∈ [0, 1] is a
 * subgradient; this exercise takes t = 0, as Pegasos and core do: a row counts only if it STRICTLY
 * violates the margin.
 * <pre>{@code
 *   V  = { i : sᵢ·zᵢ < 1 }                 the margin violators (strict)
 *   dw = −Σ_{i ∈ V} sᵢ·xᵢ                  (length p)
 *   db = −Σ_{i ∈ V} sᵢ
 * }</pre>
 * A subgradient g at θ = (w, b) satisfies L(θ') ≥ L(θ) + gᵀ(θ' − θ) for every θ': the grader checks
 * that too. Example: X = [[2, 0], [0, 1], [1, 1]], y = [1, 0, 0], w = [1, 0], b = −0.5 gives
 * z = [1.5, −0.5, 0.5], s·z = [1.5, 0.5, −0.5], V = {1, 2}, dw = [0, 1] + [1, 1] = [1, 2], db = 2.
 *
 * <p>Arguments: X is n×p, finite (not modified); y has length n, each 0 or 1 (not modified); w has
 * length p, finite (not modified); b is finite. Return {@code new LinearGradient(dw, db)}. Throw
 * {@link ShapeMismatchException} if y's length is not n or w's is not p, and
 * {@link IllegalArgumentException} if a label is not 0 or 1 or an entry of X, w or b is not finite.
 *
 * <p>You need: {@code X.rows()}, {@code X.cols()}, {@code X.get(i, j)} or {@code X.row(i)}. Do not use
 * core's {@code HingeLoss} or {@code PegasosLinearSvc}.
 *
 * <p>Classic traps: only the violators count, and strictly (sᵢzᵢ = 1 is not a violation here); the
 * sign s = 2y − 1, not the label; minus: a violating row pulls w towards sᵢxᵢ, so the gradient points
 * the other way; the intercept is in zᵢ, and has a derivative of its own; a sum, not a mean.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=hinge-subgrad}
 */
public final class HingeSubgradient {
    private HingeSubgradient() {
    }

    /**
     * Returns the subgradient (∂w, ∂b) of Σᵢ max(0, 1 − sᵢ(xᵢᵀw + b)) defined above.
     *
     * @param X the n×p features, finite (not modified)
     * @param y the labels, length n, each 0 or 1 (not modified)
     * @param w the weights, length p, finite (not modified)
     * @param b the intercept, finite
     * @return {@code new LinearGradient(dw, db)}, dw of length p
     * @throws ShapeMismatchException   if {@code y.length != X.rows()} or {@code w.length != X.cols()}
     * @throws IllegalArgumentException if a label is not 0 or 1, or X, w or b is not finite
     */
    public static LinearGradient at(Matrix X, int[] y, double[] w, double b) {
        // TODO: check the arguments, find the rows with sᵢ·zᵢ < 1, and add up −sᵢ·xᵢ and −sᵢ over them.
        throw new NotImplementedYet("ps4 hinge-subgrad");
    }
}
