package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · cd-sweep — one sweep of cyclic coordinate descent for the lasso: update w₀, w₁, …, wₚ₋₁ in turn.
 *
 * <p>The lasso objective, on the data exactly as given (no intercept, no centring), is
 * <pre>{@code
 *   P(w) = 1/(2n)·‖y − X·w‖² + α·‖w‖₁
 * }</pre>
 * With every coefficient but wⱼ fixed, P is a parabola plus α|wⱼ|, and its minimiser is a
 * soft-threshold. With r = y − X·w the current residual and xⱼ column j of X:
 * <pre>{@code
 *   zⱼ = xⱼᵀ(r + xⱼ·wⱼ)                      correlation of xⱼ with the residual that leaves feature j out
 *   wⱼ ← S(zⱼ, n·α) / ‖xⱼ‖²                  S(z, γ) = sign(z)·max(|z| − γ, 0)
 * }</pre>
 * (the whole objective multiplied by n, so the threshold is n·α). One sweep does j = 0, 1, …, p−1 in
 * this order, each update seeing the latest values of the others: keep r up to date as you go
 * (add xⱼ·wⱼ back before computing zⱼ, subtract xⱼ·wⱼ with the new wⱼ afterwards), about 4·n·p flops
 * in all. A column with ‖xⱼ‖ = 0 has no information: skip it, its wⱼ stays as it is.
 *
 * <p>You may use {@code CoordinateDescent.softThreshold(z, gamma)} from {@code org.mlbyhand.core.linear}
 * (the soft-threshold exercise), {@code X.rows()}, {@code X.cols()}, {@code X.get(i, j)},
 * {@code X.column(j)}, {@code X.firstNonFinite()}, {@code w.clone()}. Not
 * {@code CoordinateDescent.coordinateSweep} (nor {@code Lasso} or {@code ElasticNet}): that is the answer.
 *
 * <p>Errors: {@link ShapeMismatchException} naming the shapes if {@code y.length != n} or
 * {@code w.length != p}; {@link IllegalArgumentException} if X has no rows or columns, if X, y or w
 * holds a NaN or infinity, or if alpha is negative, NaN or infinite.
 *
 * <p>Classic traps: the threshold is n·α, not α (the objective has a 1/n); divide by ‖xⱼ‖², not by n
 * (the columns are not standardized); zⱼ must leave feature j out of the residual (xⱼᵀr alone is the
 * gradient, not the one-dimensional least-squares target); computing every zⱼ from the old w is a
 * different algorithm (Jacobi), which can even diverge; the residual goes down by xⱼ·wⱼ, not up.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=cd-sweep}
 */
public final class LassoSweep {
    private LassoSweep() {
    }

    /**
     * Returns w after one cyclic coordinate-descent sweep j = 0, 1, …, p−1 on the lasso objective P.
     *
     * @param X     n×p features (not modified)
     * @param y     length n targets (not modified)
     * @param w     length p starting coefficients (not modified)
     * @param alpha the penalty α ≥ 0
     * @return the new coefficients, a new vector of length p
     * @throws ShapeMismatchException if y's length is not n or w's is not p
     * @throws IllegalArgumentException if X is empty, an input holds a NaN or infinity, or alpha is
     *         negative, NaN or infinite
     */
    public static double[] sweep(Matrix X, double[] y, double[] w, double alpha) {
        // TODO: validate, copy w, compute r = y − X·w, then update each wⱼ in turn and keep r up to date.
        throw new NotImplementedYet("ps1 cd-sweep");
    }
}
