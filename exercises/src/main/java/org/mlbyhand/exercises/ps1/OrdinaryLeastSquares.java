package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.decompose.Cholesky;
import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · ols — fit a line (a hyperplane) with an intercept by least squares, from the normal equations.
 *
 * <p>For X (n×p) and y (length n), find the coefficients w (length p) and the intercept b that minimise
 * <pre>{@code
 *   L(w, b) = ‖y − X·w − b·1‖² = Σᵢ (yᵢ − xᵢᵀw − b)²
 * }</pre>
 * Setting ∂L/∂b = 0 gives b = ȳ − x̄ᵀw, where x̄ (length p) holds the column means of X and ȳ is the
 * mean of y: the fitted hyperplane passes through the point of means. Substituting b leaves a problem in w
 * alone, on the centred data, and ∂L/∂w = 0 gives its normal equations:
 * <pre>{@code
 *   Xc = X − 1·x̄ᵀ      (subtract x̄ⱼ from every entry of column j)     n×p
 *   yc = y − ȳ                                                         n
 *   (XcᵀXc)·w = Xcᵀyc                                                  p×p system
 *   b = ȳ − x̄ᵀw
 * }</pre>
 * XcᵀXc is symmetric positive definite when the centred columns are linearly independent, so solve the
 * system with a {@link Cholesky} factorisation, never with an explicit inverse. Example: x = [0, 1, 2],
 * y = [1, 3, 5] gives x̄ = 1, ȳ = 3, Xc = [−1, 0, 1], yc = [−2, 0, 2], so 2·w = 4, w = 2 and b = 3 − 1·2 = 1.
 *
 * <p>Errors: if X has no row or no column, or an entry of X or y is NaN or infinite, throw
 * {@link IllegalArgumentException}; if {@code y.length != n}, throw {@link ShapeMismatchException} naming
 * both shapes. If n &lt; p + 1, there are fewer rows than the p coefficients and the intercept need (a
 * single sample fixes no line): throw {@link IllegalArgumentException} yourself, before solving, as
 * {@code LinearRegression} does; Cholesky would catch it only sometimes. If the centred columns are
 * linearly dependent (a constant column, which is collinear with the intercept's column of ones; a
 * duplicated column), XcᵀXc is singular and {@code Cholesky.of} throws
 * {@link NotPositiveDefiniteException} for you: let it propagate. (It catches exact dependence; nearly
 * dependent columns may slip through with a large, inaccurate w.)
 *
 * <p>You need: {@code X.rows()}, {@code X.cols()}, {@code X.columnMeans()}, {@code X.copy()},
 * {@code Xc.set(i, j, v)}, {@code Xc.transpose()}, {@code A.multiply(B)} and {@code A.multiply(v)},
 * {@code X.firstNonFinite()}, {@code Double.isFinite}, {@code Cholesky.of(G).solve(r)} (from
 * {@code org.mlbyhand.core.decompose}), and {@code new LinearParameters(w, b)}. Not
 * {@code LinearRegression} (nor {@code Ridge}, which with α = 0 is the same fit): that is what you are
 * writing.
 *
 * <p>Classic traps: forgetting the intercept (the fit is then forced through the origin); taking b = ȳ,
 * which is right only when every column mean is 0; centring y but not X, or forming the normal equations
 * from the uncentred X and then computing b — b = ȳ − x̄ᵀw does not repair a w solved without centring;
 * with a column of ones appended to X instead, reading b from the wrong entry of the solution.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=ols}
 */
public final class OrdinaryLeastSquares {
    private OrdinaryLeastSquares() {
    }

    /**
     * Returns the least-squares coefficients and intercept (w, b) = argmin ‖y − X·w − b·1‖².
     *
     * @param X an n×p matrix of features, n ≥ p + 1, finite (not modified)
     * @param y the n targets, finite (not modified)
     * @return (w, b): w a new vector of length p, b the intercept
     * @throws IllegalArgumentException if X is empty, has fewer than p + 1 rows, or an entry of X or y is
     *         NaN or infinite
     * @throws ShapeMismatchException if {@code y.length != X.rows()}
     * @throws NotPositiveDefiniteException if XcᵀXc is singular (from {@code Cholesky.of})
     */
    public static LinearParameters fit(Matrix X, double[] y) {
        // TODO: check the input, centre X and y, solve (XcᵀXc)·w = Xcᵀyc by Cholesky, then b = ȳ − x̄ᵀw.
        throw new NotImplementedYet("ps1 ols");
    }
}
