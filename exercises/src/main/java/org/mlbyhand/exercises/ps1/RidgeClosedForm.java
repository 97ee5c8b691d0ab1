package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.decompose.Cholesky;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · ridge — fit ridge regression, least squares plus a penalty α‖w‖² on the coefficients, in closed form.
 *
 * <p>For X (n×p), y (length n) and α ≥ 0, find w (length p) and the intercept b that minimise
 * scikit-learn's {@code Ridge(alpha)} objective, a plain sum with no 1/n in front and b not penalized:
 * <pre>{@code
 *   L(w, b) = ‖y − X·w − b·1‖² + α‖w‖²
 * }</pre>
 * As in least squares, ∂L/∂b = 0 gives b = ȳ − x̄ᵀw (x̄ the column means of X, ȳ the mean of y), and
 * on the centred data ∂L/∂w = −2·Xcᵀ(yc − Xc·w) + 2α·w = 0 gives
 * <pre>{@code
 *   Xc = X − 1·x̄ᵀ,   yc = y − ȳ
 *   (XcᵀXc + α·I)·w = Xcᵀyc            p×p, α added to the diagonal only
 *   b = ȳ − x̄ᵀw
 * }</pre>
 * For α &gt; 0 the matrix XcᵀXc + α·I is symmetric positive definite whatever X is (dependent or
 * constant columns, n ≤ p), so solve the system with a {@link Cholesky} factorisation, never an explicit
 * inverse. α = 0 is least squares with an intercept. Example, one feature: x = [0, 1, 2], y = [1, 3, 5],
 * α = 2 give Xc = [−1, 0, 1], yc = [−2, 0, 2], so (2 + 2)·w = 4, w = 1 and b = 3 − 1·1 = 2 (least
 * squares would give w = 2: the penalty shrinks w towards 0).
 *
 * <p>Errors: if α is negative, NaN or infinite, if X has no row or no column, or an entry of X or y is
 * NaN or infinite, throw {@link IllegalArgumentException}; if {@code y.length != n}, throw
 * {@link ShapeMismatchException} naming both shapes. With α = 0 and linearly dependent centred columns
 * the matrix is singular and {@code Cholesky.of} throws
 * {@link org.mlbyhand.core.decompose.NotPositiveDefiniteException}: let it propagate.
 *
 * <p>You need: {@code X.columnMeans()}, {@code X.copy()}, {@code Xc.set(i, j, v)}, {@code Xc.transpose()},
 * {@code A.multiply(B)} and {@code A.multiply(v)}, {@code G.get} and {@code G.set},
 * {@code X.firstNonFinite()}, {@code Double.isFinite}, {@code Cholesky.of(G).solve(r)} (from
 * {@code org.mlbyhand.core.decompose}), and {@code new LinearParameters(w, b)}. Not {@code Ridge} (nor
 * {@code ElasticNet}, whose l1Ratio = 0 is a ridge penalty): that is what you are writing.
 *
 * <p>Classic traps: penalizing the intercept (a column of ones in the system with α on its diagonal entry
 * too pulls b towards 0); scaling α by n, which belongs to objectives written as a mean,
 * (1/n)‖y − X·w − b‖² + α‖w‖², not to this one; α/2 from differentiating one term but not the other;
 * adding α to every entry of XcᵀXc instead of its diagonal (the same thing when p = 1, so a one-feature
 * test will not show it); forgetting to centre X, which b = ȳ − x̄ᵀw cannot repair.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=ridge}
 */
public final class RidgeClosedForm {
    private RidgeClosedForm() {
    }

    /**
     * Returns the ridge coefficients and intercept (w, b) = argmin ‖y − X·w − b·1‖² + α‖w‖².
     *
     * @param X     an n×p matrix of features, n ≥ 1, p ≥ 1, finite (not modified)
     * @param y     the n targets, finite (not modified)
     * @param alpha the penalty strength α, finite and ≥ 0
     * @return (w, b): w a new vector of length p, b the intercept
     * @throws IllegalArgumentException if α &lt; 0 or not finite, X is empty, or an entry of X or y is NaN or
     *         infinite
     * @throws ShapeMismatchException if {@code y.length != X.rows()}
     * @throws org.mlbyhand.core.decompose.NotPositiveDefiniteException if α = 0 and XcᵀXc is singular
     */
    public static LinearParameters fit(Matrix X, double[] y, double alpha) {
        // TODO: check the input, centre X and y, solve (XcᵀXc + α·I)·w = Xcᵀyc by Cholesky, then b = ȳ − x̄ᵀw.
        throw new NotImplementedYet("ps1 ridge");
    }
}
