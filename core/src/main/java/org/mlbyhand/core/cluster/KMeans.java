package org.mlbyhand.core.cluster;

import java.util.Arrays;
import java.util.Objects;
import org.mlbyhand.core.estimator.Clusterer;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

/**
 * k-means clustering: the estimator whose {@link #fit} returns the {@link KMeansModel} that
 * (approximately) minimises the inertia
 * <pre>{@code
 *   inertia(C) = Σᵢ min_j ‖xᵢ − c_j‖²          X n×p, C k×p (k centres)
 * }</pre>
 * by Lloyd's algorithm ({@link Lloyd}), as scikit-learn 1.2's
 * {@code KMeans(n_clusters, init, n_init, max_iter, tol, algorithm="lloyd")}:
 * <pre>{@code
 *   rng = new Rng(seed)
 *   repeat nInit times:   C0 = initial centres (from rng)       k-means++, k random rows, or the given C0
 *                         run = Lloyd.run(X, C0, maxIter, tol)
 *                         keep run if it is the first, or if inertia(run) < inertia(best) and its labels
 *                         are not the best's up to a renumbering (scikit-learn's _is_same_clustering)
 * }</pre>
 * Lloyd's algorithm stops at a local minimum that depends on C0, hence the restarts.
 *
 * <p><b>Hyper-parameters</b> (scikit-learn's names and defaults): nClusters k (8), init
 * {@link Init#K_MEANS_PLUS_PLUS} ({@link KMeansPlusPlus}, greedy, 2 + ⌊ln k⌋ candidates per centre)
 * or {@link Init#RANDOM} (the first k of a random permutation of the rows) or given centres, nInit
 * (10, scikit-learn 1.2's effective default; 1.4 changed it to "auto"), maxIter (300), tol (1e-4, relative: the
 * stop is Σ_j ‖Δc_j‖² ≤ tol·mean column variance, see {@link Lloyd#tolerance}). Given centres run once
 * whatever nInit is, as scikit-learn does (with a warning). The seed is required: the same seed and X
 * give bit-identical models. Empty clusters are refilled as {@link Lloyd} describes.
 *
 * <p>scikit-learn also centres X before clustering (for its ‖c‖² − 2xᵀc distances) and adds the mean
 * back: a difference of rounding only. Its random generator differs, so only runs from given centres
 * can be compared with it bit for bit (to 1e-12).
 *
 * <p>Instances are immutable: {@code withX} methods return a new estimator.
 */
public final class KMeans implements Clusterer<KMeansModel> {
    private static final String WHO = "KMeans";

    /** How the initial centres are chosen when none are given. */
    public enum Init {
        /** Greedy k-means++ ({@link KMeansPlusPlus}); scikit-learn's "k-means++", the default. */
        K_MEANS_PLUS_PLUS,
        /** The rows {@code rng.permutation(n)[0 … k−1]}; scikit-learn's "random". */
        RANDOM
    }

    private final int nClusters;
    private final long seed;
    private final Init init;
    private final Matrix initialCentres;   // k×p, or null
    private final int nInit;
    private final int maxIter;
    private final double tol;

    /**
     * Creates the estimator with scikit-learn's defaults: k-means++, nInit = 10, maxIter = 300,
     * tol = 1e-4.
     *
     * @param nClusters k ≥ 1
     * @param seed      seed of the initialisations; the same seed gives the same model
     * @throws IllegalArgumentException if nClusters &lt; 1
     */
    public KMeans(int nClusters, long seed) {
        this(Checks.atLeastOne(WHO, "nClusters", nClusters), seed, Init.K_MEANS_PLUS_PLUS, null, 10, 300, 1e-4);
    }

    private KMeans(int nClusters, long seed, Init init, Matrix initialCentres, int nInit, int maxIter, double tol) {
        this.nClusters = nClusters;
        this.seed = seed;
        this.init = init;
        this.initialCentres = initialCentres;
        this.nInit = Checks.atLeastOne(WHO, "nInit", nInit);
        this.maxIter = Checks.atLeastOne(WHO, "maxIter", maxIter);
        this.tol = Checks.nonNegative(WHO, "tol", tol);
    }

    /** Returns an estimator that draws its initial centres by the given method. */
    public KMeans withInit(Init init) {
        return new KMeans(nClusters, seed, Objects.requireNonNull(init, "init"), null, nInit, maxIter, tol);
    }

    /**
     * Returns an estimator that starts from the given centres (k×p, copied), once.
     *
     * @throws IllegalArgumentException if C0 does not have k rows or holds a NaN or infinity
     */
    public KMeans withInit(Matrix C0) {
        Checks.centres(WHO, "C0", C0, nClusters, C0.cols());
        return new KMeans(nClusters, seed, init, C0.copy(), nInit, maxIter, tol);
    }

    /** Returns an estimator that runs nInit ≥ 1 initialisations and keeps the best (else IllegalArgumentException). */
    public KMeans withNInit(int nInit) {
        return new KMeans(nClusters, seed, init, initialCentres, nInit, maxIter, tol);
    }

    /** Returns an estimator with at most maxIter ≥ 1 Lloyd iterations per run (else IllegalArgumentException). */
    public KMeans withMaxIter(int maxIter) {
        return new KMeans(nClusters, seed, init, initialCentres, nInit, maxIter, tol);
    }

    /** Returns an estimator with the relative tolerance tol ≥ 0 on the centre shift (else IllegalArgumentException). */
    public KMeans withTol(double tol) {
        return new KMeans(nClusters, seed, init, initialCentres, nInit, maxIter, tol);
    }

    /**
     * Clusters the rows of X.
     *
     * @param X n×p, finite, n ≥ k (not modified)
     * @return the best of the nInit runs
     * @throws IllegalArgumentException if X is empty, holds a NaN or infinity (named), or has fewer
     *                                  than k rows
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if given centres do not have p columns
     */
    @Override
    public KMeansModel fit(Matrix X) {
        Checks.atLeastKRows(WHO + ".fit", X, nClusters, "nClusters");
        if (initialCentres != null) {
            Checks.centres(WHO + ".fit", "C0", initialCentres, nClusters, X.cols());
        }
        Rng rng = new Rng(seed);
        KMeansModel best = null;
        int runs = initialCentres == null ? nInit : 1;      // given centres run once, as in scikit-learn
        for (int run = 0; run < runs; run++) {
            KMeansModel m = Lloyd.run(X, initialCentres(X, rng), maxIter, tol);
            if (best == null || (m.inertia() < best.inertia() && !sameClustering(m.labels(), best.labels(), nClusters))) {
                best = m;
            }
        }
        return best;
    }

    private Matrix initialCentres(Matrix X, Rng rng) {
        if (initialCentres != null) {
            return initialCentres;
        }
        if (init == Init.RANDOM) {
            return X.selectRows(Arrays.copyOf(rng.permutation(X.rows()), nClusters));
        }
        return KMeansPlusPlus.centres(X, nClusters, rng);
    }

    /** True if labels a map onto labels b by one function of the cluster number (scikit-learn's test). */
    static boolean sameClustering(int[] a, int[] b, int k) {
        int[] mapping = new int[k];
        Arrays.fill(mapping, -1);
        for (int i = 0; i < a.length; i++) {
            if (mapping[a[i]] == -1) {
                mapping[a[i]] = b[i];
            } else if (mapping[a[i]] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** Returns k. */
    public int nClusters() {
        return nClusters;
    }

    /** Returns e.g. {@code "KMeans(nClusters=3, init=K_MEANS_PLUS_PLUS, nInit=10, maxIter=300, tol=1.0E-4, seed=7)"}. */
    @Override
    public String toString() {
        return "KMeans(nClusters=" + nClusters + ", init=" + (initialCentres == null ? init : "given") + ", nInit=" + nInit
                + ", maxIter=" + maxIter + ", tol=" + tol + ", seed=" + seed + ")";
    }
}
