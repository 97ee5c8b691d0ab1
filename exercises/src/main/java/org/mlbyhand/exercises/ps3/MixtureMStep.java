package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.cluster.MixtureParameters;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · gmm-m-step — the M step of a Gaussian mixture: the weights, means and full covariances that
 * best explain the points, each point counted in each component by its responsibility.
 *
 * <p>Given responsibilities r_ij ≥ 0 (n×k, each row summing to 1), scikit-learn's M step is the
 * r-weighted maximum-likelihood estimate:
 * <pre>{@code
 *   n_j = Σᵢ r_ij + 10ε                     (the soft count; ε = Math.ulp(1.0) = 2⁻⁵², see below)
 *   π_j = n_j / Σ_l n_l
 *   μ_j = (1/n_j)·Σᵢ r_ij·xᵢ
 *   Σ_j = (1/n_j)·Σᵢ r_ij·(xᵢ − μ_j)(xᵢ − μ_j)ᵀ + regCovar·I          (p×p)
 * }</pre>
 * Σ_j divides by n_j, not n_j − 1: this is the maximum-likelihood covariance, as k-means' centre is a
 * plain mean (PCA's covariance, later, divides by n − 1). The 10ε is scikit-learn's guard: a component
 * no point belongs to (a column of zeros) gets n_j = 10ε instead of 0, hence the mean 0/10ε = 0 instead of
 * 0/0, and the covariance regCovar·I. regCovar keeps every Σ_j positive definite, even for a component of
 * one point or a constant column.
 *
 * <p>Example, hard responsibilities (each point wholly in one component, as in k-means):
 * X = [[0], [2], [9], [11]], R = [[1, 0], [1, 0], [0, 1], [0, 1]], regCovar = 0.25 give π = [0.5, 0.5],
 * μ = [[1], [10]] and Σ₀ = Σ₁ = [[(1 + 1)/2 + 0.25]] = [[1.25]]: with hard responsibilities the M step is
 * k-means' update, plus the clusters' spreads.
 *
 * <p>Shapes: X is n×p, R is n×k; the result holds k weights, the k×p means and k covariances, each p×p.
 * X and R are not modified.
 *
 * <p>Errors: throw {@link ShapeMismatchException} if R does not have n rows or has no column, and
 * {@link IllegalArgumentException} if X has no row or no column, an entry of X or R is NaN or infinite, an
 * entry of R is negative, or regCovar is negative, NaN or infinite. The constructor of
 * {@link MixtureParameters} checks the rest (weights summing to 1, each Σ_j positive definite).
 *
 * <p>You need: {@code new MixtureParameters(weights, means, covariances)} (from
 * {@code org.mlbyhand.core.cluster}; covariances is a {@code List<Matrix>}), {@code Matrix.zeros},
 * {@code get}, {@code set}, {@code Math.ulp(1.0)}. Not core's {@code EmSteps}, {@code GaussianMixture} or
 * {@code KMeans}: the M step is what you are writing.
 *
 * <p>Classic traps: Σ_j divides by n_j, not by n (all points) and not by n_j − 1; centre each point on
 * its component's mean μ_j, not on the mean of all points, and not at all; every point counts in every
 * component, weighted by r_ij (not only in its most likely one); regCovar goes on the diagonal only; the
 * mean too divides by n_j; the weights are n_j over the total, which sums to 1; without the 10ε an empty
 * component's mean is 0/0.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=gmm-m-step}
 */
public final class MixtureMStep {
    private MixtureMStep() {
    }

    /**
     * Returns the mixture's weights, means and full covariances estimated from responsibilities R.
     *
     * @param X        the n×p points, finite (not modified)
     * @param R        the n×k responsibilities, finite and ≥ 0 (not modified)
     * @param regCovar added to the diagonal of every covariance, finite and ≥ 0
     * @return the parameters: k weights, k×p means, k covariances p×p
     * @throws ShapeMismatchException if R does not have n rows or has no column
     * @throws IllegalArgumentException if an argument is out of range or not finite, or a covariance is
     *                                  not positive definite
     */
    public static MixtureParameters parameters(Matrix X, Matrix R, double regCovar) {
        // TODO: check, then for each component: the soft count, the weighted mean, the weighted scatter.
        throw new NotImplementedYet("ps3 gmm-m-step");
    }
}
