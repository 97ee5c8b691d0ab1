package org.mlbyhand.core.cluster;

import java.util.List;
import org.mlbyhand.core.estimator.Clustering;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted mixture of k Gaussians, returned by {@link GaussianMixture}:
 * <pre>{@code
 *   predictProba(X)ᵢⱼ = r_ij = π_j N(xᵢ | μ_j, Σ_j) / Σ_l π_l N(xᵢ | μ_l, Σ_l)     (by log-sum-exp, EmSteps)
 *   predict(X)ᵢ       = argmax_j r_ij                                     the lowest j on a tie
 *   scoreSamples(X)ᵢ  = log p(xᵢ) = log Σ_j π_j N(xᵢ | μ_j, Σ_j);   score(X) = their mean
 *   bic(X) = −2·n·score(X) + d·ln n,   aic(X) = −2·n·score(X) + 2d,   d = free parameters
 *          = (k − 1) + k·p + k·(p(p+1)/2 | p | 1 for FULL | DIAG | SPHERICAL)
 * }</pre>
 * A {@link Clustering} whose labels are those of a final E step on the training rows, as scikit-learn's
 * {@code fit_predict}. Immutable: accessors return copies.
 */
public final class GaussianMixtureModel implements Clustering {
    private final MixtureParameters theta;
    private final CovarianceType type;
    private final int[] labels;
    private final double[] lowerBounds;     // one per iteration of the kept run
    private final boolean converged;

    GaussianMixtureModel(MixtureParameters theta, CovarianceType type, int[] labels, double[] lowerBounds, boolean converged) {
        this.theta = theta;
        this.type = type;
        this.labels = labels.clone();
        this.lowerBounds = lowerBounds.clone();
        this.converged = converged;
    }

    /** Returns the weights π, length k (scikit-learn's {@code weights_}). */
    public double[] weights() {
        return theta.weights();
    }

    /** Returns the means, k×p (scikit-learn's {@code means_}). */
    public Matrix means() {
        return theta.means();
    }

    /**
     * Returns the k covariances, each p×p (scikit-learn's {@code covariances_}, which stores DIAG ones
     * as their diagonals and SPHERICAL ones as one variance each).
     */
    public List<Matrix> covariances() {
        return theta.covariances();
    }

    /** Returns the fitted parameters as one value (immutable). */
    public MixtureParameters parameters() {
        return theta;
    }

    /** Returns the covariance type fitted. */
    public CovarianceType covarianceType() {
        return type;
    }

    /**
     * Returns the lower bound of the kept run's last iteration (scikit-learn's {@code lower_bound_}): the
     * mean log-likelihood of the training rows under the parameters <em>before</em> that iteration's
     * M step.
     */
    public double lowerBound() {
        return lowerBounds[lowerBounds.length - 1];
    }

    /** Returns the lower bound of every iteration of the kept run, in order (length nIter). */
    public double[] lowerBoundHistory() {
        return lowerBounds.clone();
    }

    /** Returns the number of EM iterations of the kept run (scikit-learn's {@code n_iter_}). */
    public int nIter() {
        return lowerBounds.length;
    }

    /** Returns whether the kept run stopped on |Δ lower bound| &lt; tol rather than at maxIter. */
    public boolean converged() {
        return converged;
    }

    /** Returns the training rows' components, from a final E step (a copy). */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** Returns k. */
    @Override
    public int numClusters() {
        return theta.numComponents();
    }

    /** Returns p. */
    @Override
    public int numFeatures() {
        return theta.numFeatures();
    }

    /**
     * Returns the most probable component of each row, argmax_j (log π_j + log N(xᵢ | μ_j, Σ_j)).
     *
     * @param X m×p, finite (not modified)
     * @return length m, each in [0, k)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    public int[] predict(Matrix X) {
        Checks.features("GaussianMixtureModel.predict", X, numFeatures());
        return argmaxRows(EmSteps.weightedLogProb(X, theta));
    }

    /**
     * Returns the responsibilities r_ij of each row.
     *
     * @param X m×p, finite, m ≥ 1 (not modified)
     * @return m×k, rows summing to 1
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException if X is empty or holds a NaN or infinity
     */
    public Matrix predictProba(Matrix X) {
        Checks.features("GaussianMixtureModel.predictProba", X, numFeatures());
        return EmSteps.eStep(X, theta).responsibilities();
    }

    /**
     * Returns log p(xᵢ) for each row.
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public double[] scoreSamples(Matrix X) {
        Checks.features("GaussianMixtureModel.scoreSamples", X, numFeatures());
        Matrix W = EmSteps.weightedLogProb(X, theta);                           // m×k
        double[] s = new double[X.rows()];
        for (int i = 0; i < s.length; i++) {
            s[i] = Activations.logSumExp(W.row(i));
        }
        return s;
    }

    /** Returns the mean of {@link #scoreSamples} (X m×p, m ≥ 1; exceptions as there). */
    public double score(Matrix X) {
        Checks.matrix("GaussianMixtureModel.score", X);
        double sum = 0.0;
        for (double s : scoreSamples(X)) {
            sum += s;
        }
        return sum / X.rows();
    }

    /** Returns the Bayesian information criterion of X, −2·n·score(X) + d·ln n (lower is better). */
    public double bic(Matrix X) {
        return -2.0 * score(X) * X.rows() + freeParameters() * Math.log(X.rows());
    }

    /** Returns the Akaike information criterion of X, −2·n·score(X) + 2d (lower is better). */
    public double aic(Matrix X) {
        return -2.0 * score(X) * X.rows() + 2.0 * freeParameters();
    }

    private int freeParameters() {
        int k = numClusters();
        int p = numFeatures();
        return k * type.freeParameters(p) + k * p + k - 1;
    }

    static int[] argmaxRows(Matrix W) {
        int[] best = new int[W.rows()];
        for (int i = 0; i < W.rows(); i++) {
            for (int j = 1; j < W.cols(); j++) {
                if (W.get(i, j) > W.get(i, best[i])) {
                    best[i] = j;
                }
            }
        }
        return best;
    }

    /** Returns e.g. {@code "GaussianMixtureModel(k=3, p=2, FULL, nIter=12, lowerBound=-1.25)"}. */
    @Override
    public String toString() {
        return "GaussianMixtureModel(k=" + numClusters() + ", p=" + numFeatures() + ", " + type + ", nIter=" + nIter()
                + ", lowerBound=" + lowerBound() + ")";
    }
}
