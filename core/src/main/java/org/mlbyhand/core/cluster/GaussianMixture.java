package org.mlbyhand.core.cluster;

import java.util.Arrays;
import java.util.Objects;
import org.mlbyhand.core.estimator.Clusterer;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.Rng;

/**
 * A Gaussian mixture fitted by expectation–maximisation: the estimator whose {@link #fit} returns the
 * {@link GaussianMixtureModel} that (locally) maximises the log-likelihood
 * <pre>{@code
 *   ℓ(θ) = Σᵢ log Σ_j π_j · N(xᵢ | μ_j, Σ_j)          θ = (π, μ, Σ), k components, Σ_j of a CovarianceType
 * }</pre>
 * by alternating the steps of {@link EmSteps}, as scikit-learn 1.2's {@code GaussianMixture}:
 * <pre>{@code
 *   rng = new Rng(seed);   repeat nInit times:
 *     θ = M step of the initial responsibilities R0      (one-hot k-means labels, random rows, or given R0);
 *         or the given θ0
 *     for t = 1 … maxIter:   (log R, b_t) = E step(θ);   θ = M step(R);   stop if |b_t − b_{t−1}| < tol  (b_0 = −∞)
 *     keep the run if it is the first or its last b_t is larger
 *   labels: argmax_j of a final E step with the kept θ
 * }</pre>
 * Each EM iteration cannot lower ℓ. The lower bound b_t is ℓ/n at the parameters the E step used, so
 * the returned θ is one M step past the last reported b_t, as in scikit-learn.
 *
 * <p><b>k-means is the hard, equal-spherical-variance limit of EM.</b> Fix π_j = 1/k and Σ_j = σ²I for
 * every j. Then N(xᵢ | μ_j, σ²I) ∝ exp(−‖xᵢ − μ_j‖²/(2σ²)) with the same constant for every j, so
 * <pre>{@code
 *   r_ij = exp(−‖xᵢ − μ_j‖²/2σ²) / Σ_l exp(−‖xᵢ − μ_l‖²/2σ²)
 *        → 1 if j = argmin_l ‖xᵢ − μ_l‖², else 0,      as σ → 0
 * }</pre>
 * (divide by the nearest term: with d_l = ‖xᵢ − μ_l‖² every other ratio is exp(−(d_l − d_min)/2σ²) → 0).
 * With these 0/1 responsibilities the E step is k-means' assignment step, the M step
 * μ_j = Σᵢ r_ij xᵢ / Σᵢ r_ij is its update step (the cluster means), and −2σ²·ℓ(θ) = Σᵢ min_j d_j + O(σ² log σ):
 * maximising the likelihood becomes minimising the inertia.
 * EM with soft responsibilities, separate shapes and weights is k-means with the corners rounded off.
 *
 * <p><b>Hyper-parameters</b> (scikit-learn's names and defaults): nComponents k (1), covarianceType
 * (FULL), tol (1e-3, on the change of the lower bound), regCovar (1e-6, added to every variance so that
 * no covariance is singular), maxIter (100), nInit (1), init ({@link Init#KMEANS}: one k-means run,
 * nInit = 1, seeded from rng; or {@link Init#RANDOM}: rows of uniform draws, normalised), or given
 * responsibilities, or given parameters (scikit-learn's weights_init, means_init and precisions_init
 * together, here covariances rather than precisions). A given start runs once whatever nInit is.
 *
 * <p>scikit-learn differs in small ways: its initial weights are n_j/n rather than n_j/Σ_l n_l (a
 * relative difference of at most 10kε/n); its {@code converged_} is true if any run converged (here,
 * whether the kept run did); it does not keep the lower bound of every iteration; and its random
 * generator differs, so only fits from given parameters can be compared with it (to 1e-10).
 *
 * <p>Instances are immutable: {@code withX} methods return a new estimator.
 */
public final class GaussianMixture implements Clusterer<GaussianMixtureModel> {
    private static final String WHO = "GaussianMixture";

    /** How the initial responsibilities are drawn when no start is given. */
    public enum Init {
        /** One-hot labels of a {@link KMeans} run (nInit = 1, seed from the mixture's rng); the default. */
        KMEANS,
        /** r_ij = u_ij / Σ_l u_il with u_ij = rng.nextDouble(), row by row. */
        RANDOM
    }

    private final int nComponents;
    private final long seed;
    private final CovarianceType covarianceType;
    private final double tol;
    private final double regCovar;
    private final int maxIter;
    private final int nInit;
    private final Init init;
    private final Matrix initialResponsibilities;      // n×k or null
    private final MixtureParameters initialParameters;  // or null

    /**
     * Creates the estimator with scikit-learn's defaults (see the class comment).
     *
     * @param nComponents k ≥ 1
     * @param seed        seed of the initialisations; the same seed gives the same model
     * @throws IllegalArgumentException if nComponents &lt; 1
     */
    public GaussianMixture(int nComponents, long seed) {
        this(Checks.atLeastOne(WHO, "nComponents", nComponents), seed, CovarianceType.FULL, 1e-3, 1e-6, 100, 1, Init.KMEANS, null, null);
    }

    private GaussianMixture(int nComponents, long seed, CovarianceType covarianceType, double tol, double regCovar,
                            int maxIter, int nInit, Init init, Matrix initialResponsibilities,
                            MixtureParameters initialParameters) {
        this.nComponents = nComponents;
        this.seed = seed;
        this.covarianceType = Objects.requireNonNull(covarianceType, "covarianceType");
        this.tol = Checks.nonNegative(WHO, "tol", tol);
        this.regCovar = Checks.nonNegative(WHO, "regCovar", regCovar);
        this.maxIter = Checks.atLeastOne(WHO, "maxIter", maxIter);
        this.nInit = Checks.atLeastOne(WHO, "nInit", nInit);
        this.init = Objects.requireNonNull(init, "init");
        this.initialResponsibilities = initialResponsibilities;
        this.initialParameters = initialParameters;
    }

    /** Returns an estimator fitting covariances of the given shape. */
    public GaussianMixture withCovarianceType(CovarianceType type) {
        return new GaussianMixture(nComponents, seed, type, tol, regCovar, maxIter, nInit, init,
                initialResponsibilities, initialParameters);
    }

    /** Returns an estimator that stops when the lower bound changes by less than tol ≥ 0. */
    public GaussianMixture withTol(double tol) {
        return new GaussianMixture(nComponents, seed, covarianceType, tol, regCovar, maxIter, nInit, init,
                initialResponsibilities, initialParameters);
    }

    /** Returns an estimator that adds regCovar ≥ 0 to every variance. */
    public GaussianMixture withRegCovar(double regCovar) {
        return new GaussianMixture(nComponents, seed, covarianceType, tol, regCovar, maxIter, nInit, init,
                initialResponsibilities, initialParameters);
    }

    /** Returns an estimator with at most maxIter ≥ 1 EM iterations per run. */
    public GaussianMixture withMaxIter(int maxIter) {
        return new GaussianMixture(nComponents, seed, covarianceType, tol, regCovar, maxIter, nInit, init,
                initialResponsibilities, initialParameters);
    }

    /** Returns an estimator that runs nInit ≥ 1 initialisations and keeps the best lower bound. */
    public GaussianMixture withNInit(int nInit) {
        return new GaussianMixture(nComponents, seed, covarianceType, tol, regCovar, maxIter, nInit, init,
                initialResponsibilities, initialParameters);
    }

    /** Returns an estimator that draws its initial responsibilities by the given method. */
    public GaussianMixture withInit(Init init) {
        return new GaussianMixture(nComponents, seed, covarianceType, tol, regCovar, maxIter, nInit, init, null, null);
    }

    /**
     * Returns an estimator whose first M step uses the given responsibilities (n×k, finite, ≥ 0; copied).
     * Checked against X at fit.
     */
    public GaussianMixture withInitialResponsibilities(Matrix R0) {
        return new GaussianMixture(nComponents, seed, covarianceType, tol, regCovar, maxIter, nInit, init, R0.copy(), null);
    }

    /** Returns an estimator whose first E step uses the given parameters (k components; checked against X at fit). */
    public GaussianMixture withInitialParameters(MixtureParameters theta0) {
        return new GaussianMixture(nComponents, seed, covarianceType, tol, regCovar, maxIter, nInit, init, null,
                Objects.requireNonNull(theta0, "theta0"));
    }

    /**
     * Fits the mixture by EM.
     *
     * @param X n×p, finite, n ≥ k (not modified)
     * @return the kept run's parameters, lower bounds and labels
     * @throws IllegalArgumentException if X is empty, holds a NaN or infinity (named), has fewer rows than
     *                                  k, a given start does not fit X or the covariance type, or a
     *                                  covariance becomes singular (increase regCovar)
     */
    @Override
    public GaussianMixtureModel fit(Matrix X) {
        String who = WHO + ".fit";
        Checks.atLeastKRows(who, X, nComponents, "nComponents");
        checkStart(who, X);
        Rng rng = new Rng(seed);
        Run best = null;
        int runs = initialResponsibilities == null && initialParameters == null ? nInit : 1;
        for (int r = 0; r < runs; r++) {
            Run run = em(X, start(X, rng));
            if (best == null || run.lowerBound() > best.lowerBound()) {
                best = run;
            }
        }
        int[] labels = GaussianMixtureModel.argmaxRows(EmSteps.eStep(X, best.theta).logResponsibilities());
        return new GaussianMixtureModel(best.theta, covarianceType, labels, best.lowerBounds, best.converged);
    }

    /** One EM run from θ0 until |Δ lower bound| &lt; tol or maxIter. */
    private Run em(Matrix X, MixtureParameters theta) {
        double[] bounds = new double[maxIter];
        double previous = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < maxIter; t++) {
            EmSteps.EStep e = EmSteps.eStep(X, theta);
            theta = EmSteps.mStep(X, e.responsibilities(), covarianceType, regCovar);
            bounds[t] = e.lowerBound();
            if (Math.abs(bounds[t] - previous) < tol) {
                return new Run(theta, Arrays.copyOf(bounds, t + 1), true);
            }
            previous = bounds[t];
        }
        return new Run(theta, bounds, false);
    }

    /** θ0: the given parameters, or the M step of the initial responsibilities. */
    private MixtureParameters start(Matrix X, Rng rng) {
        if (initialParameters != null) {
            return initialParameters;
        }
        Matrix R0;
        if (initialResponsibilities != null) {
            R0 = initialResponsibilities;
        } else if (init == Init.RANDOM) {
            R0 = Matrix.zeros(X.rows(), nComponents);                          // n×k
            for (int i = 0; i < X.rows(); i++) {
                double[] u = new double[nComponents];
                double sum = 0.0;
                for (int j = 0; j < nComponents; j++) {
                    u[j] = rng.nextDouble();
                    sum += u[j];
                }
                for (int j = 0; j < nComponents; j++) {
                    R0.set(i, j, u[j] / sum);
                }
            }
        } else {
            int[] labels = new KMeans(nComponents, rng.nextLong()).withNInit(1).fit(X).labels();
            R0 = Matrix.zeros(X.rows(), nComponents);                          // n×k, one-hot rows
            for (int i = 0; i < labels.length; i++) {
                R0.set(i, labels[i], 1.0);
            }
        }
        return EmSteps.mStep(X, R0, covarianceType, regCovar);
    }

    private void checkStart(String who, Matrix X) {
        if (initialResponsibilities != null) {
            Checks.responsibilities(who, X, initialResponsibilities);
            if (initialResponsibilities.cols() != nComponents) {
                throw new ShapeMismatchException(who + ": R0 is " + initialResponsibilities.shape()
                        + ", needs nComponents = " + nComponents + " columns");
            }
        }
        if (initialParameters != null) {
            Checks.centres(who, "theta0.means", initialParameters.means(), nComponents, X.cols());
            for (int j = 0; j < nComponents; j++) {
                covarianceType.requireShape(who, j, initialParameters.covariances().get(j));
            }
        }
    }

    private record Run(MixtureParameters theta, double[] lowerBounds, boolean converged) {
        double lowerBound() {
            return lowerBounds[lowerBounds.length - 1];
        }
    }

    /** Returns e.g. {@code "GaussianMixture(nComponents=3, covarianceType=FULL, seed=7)"}. */
    @Override
    public String toString() {
        return "GaussianMixture(nComponents=" + nComponents + ", covarianceType=" + covarianceType + ", tol=" + tol
                + ", regCovar=" + regCovar + ", maxIter=" + maxIter + ", nInit=" + nInit + ", seed=" + seed + ")";
    }
}
