package org.mlbyhand.exercises.ps1;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · lasso-path — fit the lasso with an intercept for a list of penalties, each warm-started from the last.
 *
 * <p>For each α, the parameters that minimise scikit-learn's {@code Lasso(alpha)} objective
 * <pre>{@code
 *   (w, b) = argmin 1/(2n)·‖y − X·w − b·1‖² + α·‖w‖₁          b is not penalized
 * }</pre>
 * The intercept drops out by centring: with x̄ the column means of X and ȳ the mean of y,
 * <pre>{@code
 *   Xc = X − 1·x̄ᵀ,   yc = y − ȳ        (n×p and n)
 *   w  = argmin 1/(2n)·‖yc − Xc·w‖² + α·‖w‖₁                    by coordinate descent
 *   b  = ȳ − x̄ᵀw
 * }</pre>
 * Visit the alphas from the largest to the smallest, starting the first from w = 0 and each next one
 * from the previous solution (a warm start: neighbouring solutions are close, so few sweeps are
 * needed; from α ≥ α_max = ‖Xcᵀyc‖∞/n on, w = 0). For each α, repeat sweeps until
 * <pre>{@code
 *   max_j |wⱼ(new) − wⱼ(old)| ≤ 1e-12 · max(1, max_j |wⱼ(new)|)      or 100 000 sweeps
 * }</pre>
 * (a tight rule: the grader expects every coefficient to about 1e-6 of the exact answer, and coordinate
 * descent creeps towards it). Return the results in the order the alphas were given, not the order
 * you visited them in; an alpha that appears twice gets its fit at both places. A constant column of X
 * centres to a column of zeros: the sweep skips it, and its coefficient stays 0.
 *
 * <p>You may use {@code CoordinateDescent.coordinateSweep(Xc, yc, w, alpha, 1.0)} from
 * {@code org.mlbyhand.core.linear} for a sweep (the cd-sweep exercise, with l1Ratio = 1 for the lasso),
 * and {@code X.columnMeans()}, {@code X.copy()}, {@code X.set(i, j, v)}, {@code alphas.clone()},
 * {@code java.util.Arrays.sort}, {@code new LinearParameters(w.clone(), b)}. Do not use
 * {@code Lasso} or {@code ElasticNet}: they are the answer.
 *
 * <p>The grader shows coefficient j of the result for alphas[i] as {@code w[i][j]}, its intercept as
 * {@code b[i]}.
 *
 * <p>Errors: {@link ShapeMismatchException} naming the shapes if {@code y.length != n};
 * {@link IllegalArgumentException} if X has no rows or columns, X or y holds a NaN or infinity, alphas
 * is empty, or an alpha is negative, NaN or infinite.
 *
 * <p>Classic traps: without centring the fit has no intercept at all; appending a column of ones to X
 * penalizes the intercept; b = ȳ forgets the x̄ᵀw part; a single sweep per α is not a fit; sorting the
 * alphas in place, or returning the results in sorted order, scrambles the answer; and a
 * {@code LinearParameters} holding the array you keep updating changes after you return it (clone w).
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=lasso-path}
 */
public final class LassoPath {
    private LassoPath() {
    }

    /**
     * Returns the lasso fit (w, b) for every alpha, in the order of alphas.
     *
     * @param X      n×p features (not modified)
     * @param y      length n targets (not modified)
     * @param alphas the penalties, at least one, each finite and ≥ 0, in any order (not modified)
     * @return one {@code LinearParameters(w, b)} per alpha, w of length p, in the order of alphas
     * @throws ShapeMismatchException if y's length is not n
     * @throws IllegalArgumentException if X is empty, X or y holds a NaN or infinity, alphas is empty, or an
     *         alpha is negative, NaN or infinite
     */
    public static List<LinearParameters> path(Matrix X, double[] y, double[] alphas) {
        // TODO: validate, centre X and y, visit the alphas from largest to smallest with warm starts, un-centre b.
        throw new NotImplementedYet("ps1 lasso-path");
    }
}
