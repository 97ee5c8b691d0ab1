package org.mlbyhand.core.cluster;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.decompose.Cholesky;
import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The parameters θ of a mixture of k Gaussians in p dimensions,
 * <pre>{@code
 *   p(x | θ) = Σ_j π_j · N(x | μ_j, Σ_j)
 *   N(x | μ, Σ) = (2π)^(−p/2) · det(Σ)^(−1/2) · exp(−½ (x − μ)ᵀ Σ⁻¹ (x − μ))
 *   weights π (k), π_j ≥ 0, Σ_j π_j = 1;   means μ (k×p, row j);   covariances Σ_j (k matrices p×p, SPD)
 * }</pre>
 * what a {@link GaussianMixture} starts from (given parameters) and what its M step
 * ({@link EmSteps#mStep}) returns. Each covariance is factored once, Σ_j = L_j·L_jᵀ (Cholesky), for
 * the E step; a covariance that is not numerically positive definite is rejected here, which is where
 * a component that collapsed onto too few points is caught (scikit-learn raises the same error after
 * its M step). Immutable: accessors return copies.
 */
public final class MixtureParameters {
    private static final String WHO = "MixtureParameters";

    private final double[] weights;       // (k)
    private final Matrix means;           // k×p
    private final Matrix[] covariances;   // k × (p×p)
    private final Matrix[] factors;       // k × (p×p) lower triangular, Σ_j = L_j·L_jᵀ

    /**
     * Creates the parameters, checking them.
     *
     * @param weights     length k ≥ 1, finite, ≥ 0, summing to 1 within 1e-8 (scikit-learn's check) (copied)
     * @param means       k×p, finite (copied)
     * @param covariances k matrices p×p, symmetric positive definite (copied)
     * @throws ShapeMismatchException if the lengths and shapes do not fit
     * @throws IllegalArgumentException if a weight is negative or they do not sum to 1, an entry is NaN
     *                                  or infinite, or a covariance is not symmetric positive definite
     */
    public MixtureParameters(double[] weights, Matrix means, List<Matrix> covariances) {
        int k = weights.length;
        if (k == 0 || means.rows() != k || covariances.size() != k) {
            throw new ShapeMismatchException(WHO + ": " + k + " weights, means " + means.shape() + ", "
                    + covariances.size() + " covariances; needs k ≥ 1 of each");
        }
        Arguments.requireFinite(WHO, "weights", weights);
        Arguments.requireFinite(WHO, "means", means);
        double sum = 0.0;
        for (int j = 0; j < k; j++) {
            if (weights[j] < 0.0) {
                throw new IllegalArgumentException(WHO + ": weights[" + j + "] = " + weights[j] + " is negative");
            }
            sum += weights[j];
        }
        if (Math.abs(1.0 - sum) > 1e-8) {
            throw new IllegalArgumentException(WHO + ": the weights sum to " + sum + ", not 1");
        }
        this.weights = weights.clone();
        this.means = means.copy();
        this.covariances = new Matrix[k];
        this.factors = new Matrix[k];
        int p = means.cols();
        for (int j = 0; j < k; j++) {
            Matrix S = covariances.get(j);
            if (S.rows() != p || S.cols() != p) {
                throw new ShapeMismatchException(WHO + ": covariance " + j + " is " + S.shape() + ", means are " + means.shape());
            }
            this.covariances[j] = S.copy();
            this.factors[j] = factor(j, S);
        }
    }

    private static Matrix factor(int j, Matrix S) {
        try {
            return Cholesky.of(S).l();
        } catch (NotPositiveDefiniteException e) {
            throw new IllegalArgumentException(WHO + ": covariance " + j + " is not positive definite (pivot " + e.pivot()
                    + " is " + e.value() + "); a component that collapsed onto too few distinct points needs a larger"
                    + " regCovar, or fewer components", e);
        }
    }

    /** Returns k, the number of components. */
    public int numComponents() {
        return weights.length;
    }

    /** Returns p, the dimension. */
    public int numFeatures() {
        return means.cols();
    }

    /** Returns the weights π, length k (a copy). */
    public double[] weights() {
        return weights.clone();
    }

    /** Returns the means, k×p, row j = μ_j (a copy). */
    public Matrix means() {
        return means.copy();
    }

    /** Returns the k covariances Σ_j, each p×p (copies). */
    public List<Matrix> covariances() {
        List<Matrix> list = new ArrayList<>();
        for (Matrix S : covariances) {
            list.add(S.copy());
        }
        return list;
    }

    /** Returns L_j with Σ_j = L_j·L_jᵀ (the same matrix, not a copy: this package reads it only). */
    Matrix factor(int j) {
        return factors[j];
    }

    /** Returns μ_j (a copy). */
    double[] mean(int j) {
        return means.row(j);
    }

    /** Returns e.g. {@code "MixtureParameters(k=3, p=2)"}. */
    @Override
    public String toString() {
        return WHO + "(k=" + weights.length + ", p=" + means.cols() + ")";
    }
}
