package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · gmm-e-step — the E step of a Gaussian mixture: how much each component is responsible for each
 * point, computed in logs so that far points do not underflow to 0/0.
 *
 * <p>A mixture of k Gaussians with diagonal covariances has weights π_j, means μ_j (row j of
 * {@code means}) and variances σ²_jf (row j of {@code variances}). The responsibility of component j for
 * point xᵢ is its posterior probability, by Bayes' rule:
 * <pre>{@code
 *   log N(x | μ_j, σ²_j) = −½·Σ_f [ log 2π + log σ²_jf + (x_f − μ_jf)² / σ²_jf ]
 *   w_ij = log π_j + log N(xᵢ | μ_j, σ²_j)                              (n×k)
 *   r_ij = π_j·N(xᵢ | j) / Σ_l π_l·N(xᵢ | l) = exp(w_ij − logsumexp_l w_il)
 *   logsumexp_l w_il = m + log Σ_l exp(w_il − m),     m = max_l w_il   (the max of ROW i)
 * }</pre>
 * Why logs: a point 40 standard deviations from every mean has N ≈ e^(−800), which is 0 in double
 * precision (the smallest positive double is about e^(−745)), so π·N / Σ π·N would be 0/0 = NaN. The
 * shift by the row's own maximum makes the largest term e⁰ = 1 and changes nothing in exact arithmetic.
 *
 * <p>Example: x = [0], π = [0.25, 0.75], μ = [[0], [2]], σ² = [[1], [1]]: the ratio r₀ : r₁ is
 * 0.25·e⁰ : 0.75·e^(−2), so r = [0.711, 0.289].
 *
 * <p>Shapes: X is n×p with n ≥ 1; weights has length k ≥ 1, each ≥ 0, summing to 1 (you may assume it);
 * means and variances are k×p, every variance &gt; 0. The result is a new n×k matrix whose rows sum to 1.
 * Nothing is modified.
 *
 * <p>Errors: throw {@link ShapeMismatchException} if means or variances are not k×p, and
 * {@link IllegalArgumentException} if X has no row, an entry of X is NaN or infinite, or a variance is
 * not positive.
 *
 * <p>You need: {@code Math.log}, {@code Math.exp}, {@code Math.PI}, {@code X.get}, {@code means.get},
 * {@code variances.get}, {@code Matrix.zeros(n, k)}. Not core's {@code EmSteps}, {@code GaussianMixture}
 * or {@code Activations.logSumExp}/{@code softmax}: the log-sum-exp is the lesson.
 *
 * <p>Classic traps: dividing π·N by Σ π·N directly underflows to 0/0; shifting by the maximum of the whole
 * matrix instead of each row's lets a row far below it underflow all the same; the weights π_j belong in
 * w; the −½·log σ² term matters as soon as the variances differ; σ² is given, not σ (do not square it);
 * the ½ applies to the squared distance too; normalise over the k components of a row, not over the n
 * points of a column; return r, not log r.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=gmm-e-step}
 */
public final class MixtureEStep {
    private MixtureEStep() {
    }

    /**
     * Returns the responsibilities r_ij of the k components for the n points.
     *
     * @param X         the n×p points, n ≥ 1, finite (not modified)
     * @param weights   the k mixture weights π_j (not modified)
     * @param means     the k×p means, row j = μ_j (not modified)
     * @param variances the k×p variances, row j = σ²_j, every entry &gt; 0 (not modified)
     * @return a new n×k matrix, each row a probability vector
     * @throws ShapeMismatchException if means or variances are not k×p
     * @throws IllegalArgumentException if X is empty or not finite, or a variance is not positive
     */
    public static Matrix responsibilities(Matrix X, double[] weights, Matrix means, Matrix variances) {
        // TODO: check, fill w_ij = log π_j + log N(xᵢ | j), then each row: exp(w_ij − logsumexp of the row).
        throw new NotImplementedYet("ps3 gmm-e-step");
    }
}
