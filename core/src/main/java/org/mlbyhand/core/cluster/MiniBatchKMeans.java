package org.mlbyhand.core.cluster;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.mlbyhand.core.estimator.Clusterer;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

/**
 * Mini-batch k-means (Sculley, 2010), the scalable variant of {@link KMeans}: each step looks at a
 * random batch of b rows instead of all n, so a step costs b·k·p instead of n·k·p. Its {@link #fit}
 * follows scikit-learn 1.2's {@code MiniBatchKMeans} step for step (with this library's {@link Rng}):
 * <pre>{@code
 *   b = min(batchSize, n);  s = initSize, or 3b (at least 3k); s = min(s, n)
 *   validation rows V: s draws of rng.nextInt(n)
 *   repeat nInit times: C0 = k-means++ (or random rows) on s drawn rows; keep the C0 of least inertia on V
 *   counts n_j = 0;   for step = 1 … ⌊maxIter·n / b⌋:
 *     B = b draws of rng.nextInt(n) (with replacement);   labels = Lloyd.assign(X_B, C)
 *     for each j with m_j > 0 rows of B:   c_j ← (n_j·c_j + Σ_{B, label = j} xᵢ) / (n_j + m_j),  n_j ← n_j + m_j
 *       (each centre is the running mean of every row ever assigned to it: a step of size m_j/(n_j + m_j))
 *     reassignment, when due: centres with n_j < reassignmentRatio·max n move to random rows of B
 *     stop early when Σ_j ‖Δc_j‖² ≤ tolerance(X, tol) (tol > 0 only), or when the smoothed batch
 *     inertia has not improved for maxNoImprovement steps
 *   labels and inertia: one assignment of all of X to the final centres
 * }</pre>
 * <b>Reassignment</b> (scikit-learn's rule) is due once 10·k rows have been seen since the last one, or
 * whenever a centre has count 0; it moves the centres whose count is below reassignmentRatio times
 * the largest (at most ⌊b/2⌋ of them, the lowest counts first) to distinct random rows of the batch,
 * in increasing j, and sets their counts to the smallest count of the others. <b>Early stopping</b>: the
 * mean batch inertia (of the rows of B before the update, divided by b) is smoothed from step 2 on,
 * ewa ← ewa·(1 − α) + batchInertia·α with α = min(1, 2b/(n + 1)); a step that does not lower its
 * minimum counts as no improvement.
 *
 * <p><b>Hyper-parameters</b> (scikit-learn's names and defaults): nClusters (8), init (k-means++),
 * maxIter (100 epochs), batchSize (1024), tol (0: off), maxNoImprovement (10; 0 turns it off, where
 * scikit-learn uses None), initSize (3·batchSize), nInit (3), reassignmentRatio (0.01). nIter() of the
 * model is the number of epochs begun, ⌈steps·b/n⌉.
 *
 * <p>Instances are immutable: {@code withX} methods return a new estimator.
 */
public final class MiniBatchKMeans implements Clusterer<KMeansModel> {
    private static final String WHO = "MiniBatchKMeans";

    private final int nClusters;
    private final long seed;
    private final KMeans.Init init;
    private final Matrix initialCentres;   // k×p or null
    private final int maxIter;
    private final int batchSize;
    private final double tol;
    private final int maxNoImprovement;
    private final int initSize;            // 0: the default
    private final int nInit;
    private final double reassignmentRatio;

    /**
     * Creates the estimator with scikit-learn's defaults (see the class comment).
     *
     * @param nClusters k ≥ 1
     * @param seed      seed of every random choice; the same seed gives the same model
     * @throws IllegalArgumentException if nClusters &lt; 1
     */
    public MiniBatchKMeans(int nClusters, long seed) {
        this(Checks.atLeastOne(WHO, "nClusters", nClusters), seed, KMeans.Init.K_MEANS_PLUS_PLUS, null, 100, 1024, 0.0, 10, 0, 3, 0.01);
    }

    private MiniBatchKMeans(int nClusters, long seed, KMeans.Init init, Matrix initialCentres, int maxIter, int batchSize,
                            double tol, int maxNoImprovement, int initSize, int nInit, double reassignmentRatio) {
        this.nClusters = nClusters;
        this.seed = seed;
        this.init = Objects.requireNonNull(init, "init");
        this.initialCentres = initialCentres;
        this.maxIter = Checks.atLeastOne(WHO, "maxIter", maxIter);
        this.batchSize = Checks.atLeastOne(WHO, "batchSize", batchSize);
        this.tol = Checks.nonNegative(WHO, "tol", tol);
        this.maxNoImprovement = Checks.atLeastZero(WHO, "maxNoImprovement", maxNoImprovement);
        this.initSize = Checks.atLeastZero(WHO, "initSize", initSize);
        this.nInit = Checks.atLeastOne(WHO, "nInit", nInit);
        this.reassignmentRatio = Checks.nonNegative(WHO, "reassignmentRatio", reassignmentRatio);
    }

    /** Returns an estimator that draws its initial centres by the given method. */
    public MiniBatchKMeans withInit(KMeans.Init init) {
        return new MiniBatchKMeans(nClusters, seed, init, null, maxIter, batchSize,
                tol, maxNoImprovement, initSize, nInit, reassignmentRatio);
    }

    /** Returns an estimator that starts from the given k×p centres (copied), once. */
    public MiniBatchKMeans withInit(Matrix C0) {
        Checks.centres(WHO, "C0", C0, nClusters, C0.cols());
        return new MiniBatchKMeans(nClusters, seed, init, C0.copy(), maxIter, batchSize,
                tol, maxNoImprovement, initSize, nInit, reassignmentRatio);
    }

    /** Returns an estimator that runs at most maxIter ≥ 1 epochs. */
    public MiniBatchKMeans withMaxIter(int maxIter) {
        return new MiniBatchKMeans(nClusters, seed, init, initialCentres, maxIter, batchSize,
                tol, maxNoImprovement, initSize, nInit, reassignmentRatio);
    }

    /** Returns an estimator with batches of batchSize ≥ 1 rows. */
    public MiniBatchKMeans withBatchSize(int batchSize) {
        return new MiniBatchKMeans(nClusters, seed, init, initialCentres, maxIter, batchSize,
                tol, maxNoImprovement, initSize, nInit, reassignmentRatio);
    }

    /** Returns an estimator that stops when Σ_j ‖Δc_j‖² ≤ tol·mean column variance (tol ≥ 0; 0 turns it off). */
    public MiniBatchKMeans withTol(double tol) {
        return new MiniBatchKMeans(nClusters, seed, init, initialCentres, maxIter, batchSize,
                tol, maxNoImprovement, initSize, nInit, reassignmentRatio);
    }

    /** Returns an estimator that stops after maxNoImprovement ≥ 0 steps without a new smoothed-inertia minimum (0: never). */
    public MiniBatchKMeans withMaxNoImprovement(int maxNoImprovement) {
        return new MiniBatchKMeans(nClusters, seed, init, initialCentres, maxIter, batchSize,
                tol, maxNoImprovement, initSize, nInit, reassignmentRatio);
    }

    /** Returns an estimator that seeds each initialisation on initSize ≥ 0 drawn rows (0: the default). */
    public MiniBatchKMeans withInitSize(int initSize) {
        return new MiniBatchKMeans(nClusters, seed, init, initialCentres, maxIter, batchSize,
                tol, maxNoImprovement, initSize, nInit, reassignmentRatio);
    }

    /** Returns an estimator that tries nInit ≥ 1 initialisations. */
    public MiniBatchKMeans withNInit(int nInit) {
        return new MiniBatchKMeans(nClusters, seed, init, initialCentres, maxIter, batchSize,
                tol, maxNoImprovement, initSize, nInit, reassignmentRatio);
    }

    /** Returns an estimator with the reassignment ratio ≥ 0 (0 turns reassignment off). */
    public MiniBatchKMeans withReassignmentRatio(double reassignmentRatio) {
        return new MiniBatchKMeans(nClusters, seed, init, initialCentres, maxIter, batchSize,
                tol, maxNoImprovement, initSize, nInit, reassignmentRatio);
    }

    /**
     * Clusters the rows of X by mini-batch steps.
     *
     * @param X n×p, finite, n ≥ k (not modified)
     * @return centres, the labels and inertia of all of X, and nIter (epochs)
     * @throws IllegalArgumentException if X is empty, holds a NaN or infinity (named), or has fewer than k rows
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if given centres do not have p columns
     */
    @Override
    public KMeansModel fit(Matrix X) {
        Checks.atLeastKRows(WHO + ".fit", X, nClusters, "nClusters");
        if (initialCentres != null) {
            Checks.centres(WHO + ".fit", "C0", initialCentres, nClusters, X.cols());
        }
        int n = X.rows();
        int b = Math.min(batchSize, n);
        int s = initSize > 0 ? initSize : 3 * b;                            // rows each initialisation sees
        s = Math.min(s < nClusters ? 3 * nClusters : s, n);
        Rng rng = new Rng(seed);
        Matrix C = initialise(X, draw(rng, n, s), s, rng);
        double threshold = Lloyd.tolerance(X, tol);

        double[] counts = new double[nClusters];
        Monitor monitor = new Monitor(b, n);
        long steps = (long) maxIter * n / b;                                // ≥ maxIter, as b ≤ n
        int sinceReassign = 0;
        long step = 0;
        while (step < steps) {
            step++;
            Matrix B = X.selectRows(draw(rng, n, b));                       // b×p
            sinceReassign += b;
            boolean reassign = sinceReassign >= 10 * nClusters || Arrays.stream(counts).anyMatch(c -> c == 0.0);
            sinceReassign = reassign ? 0 : sinceReassign;
            int[] labels = Lloyd.assign(B, C);
            double batchInertia = Lloyd.inertia(B, C, labels);
            Matrix next = update(B, labels, C, counts);
            if (reassign && reassignmentRatio > 0.0) {
                reassignSmallClusters(B, next, counts, rng);
            }
            double shift = tol > 0.0 ? Lloyd.centreShift(C, next) : 0.0;
            C = next;
            if (monitor.converged(step, batchInertia / b, tol > 0.0 && shift <= threshold, maxNoImprovement)) {
                break;
            }
        }
        int epochs = (int) ((step * b + n - 1) / n);
        int[] labels = Lloyd.assign(X, C);
        return new KMeansModel(C, labels, Lloyd.inertia(X, C, labels), epochs);
    }

    /** Returns the best of nInit initialisations on s drawn rows, judged by inertia on the validation rows V. */
    private Matrix initialise(Matrix X, int[] validation, int s, Rng rng) {
        if (initialCentres != null) {
            return initialCentres.copy();
        }
        Matrix V = X.selectRows(validation);
        Matrix best = null;
        double bestInertia = Double.POSITIVE_INFINITY;
        for (int t = 0; t < nInit; t++) {
            Matrix S = X.selectRows(draw(rng, X.rows(), s));                // s×p
            Matrix C = init == KMeans.Init.RANDOM ? S.selectRows(Arrays.copyOf(rng.permutation(s), nClusters))
                    : KMeansPlusPlus.centres(S, nClusters, rng);
            double inertia = Lloyd.inertia(V, C, Lloyd.assign(V, C));
            if (best == null || inertia < bestInertia) {
                best = C;
                bestInertia = inertia;
            }
        }
        return best;
    }

    /** The mini-batch update: each centre with m_j > 0 batch rows becomes the running mean (counts modified). */
    private static Matrix update(Matrix B, int[] labels, Matrix C, double[] counts) {
        int p = C.cols();
        double[][] sums = new double[C.rows()][p];
        double[] m = new double[C.rows()];
        for (int i = 0; i < B.rows(); i++) {
            m[labels[i]]++;
            for (int f = 0; f < p; f++) {
                sums[labels[i]][f] += B.get(i, f);
            }
        }
        Matrix next = C.copy();
        for (int j = 0; j < C.rows(); j++) {
            if (m[j] > 0) {
                double total = counts[j] + m[j];
                for (int f = 0; f < p; f++) {
                    next.set(j, f, (C.get(j, f) * counts[j] + sums[j][f]) / total);
                }
                counts[j] = total;
            }
        }
        return next;
    }

    /** Moves the centres of low count to distinct random rows of the batch (C and counts modified). */
    private void reassignSmallClusters(Matrix B, Matrix C, double[] counts, Rng rng) {
        double largest = Arrays.stream(counts).max().orElse(0.0);
        int k = counts.length;
        boolean[] move = new boolean[k];
        int moving = 0;
        for (int j = 0; j < k; j++) {
            move[j] = counts[j] < reassignmentRatio * largest;
            moving += move[j] ? 1 : 0;
        }
        int cap = B.rows() / 2;
        if (moving > 0.5 * B.rows()) {                   // keep only the ⌊b/2⌋ lowest counts
            int[] byCount = IntStream.range(0, k).boxed().sorted((a, c) -> Double.compare(counts[a], counts[c]))
                    .mapToInt(Integer::intValue).toArray();
            for (int r = cap; r < k; r++) {
                move[byCount[r]] = false;
            }
            moving = Math.min(moving, cap);
        }
        if (moving == 0) {
            return;
        }
        int[] rows = rng.permutation(B.rows());
        double smallestKept = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            smallestKept = move[j] ? smallestKept : Math.min(smallestKept, counts[j]);
        }
        int next = 0;
        for (int j = 0; j < k; j++) {
            if (move[j]) {
                double[] x = B.row(rows[next++]);
                for (int f = 0; f < x.length; f++) {
                    C.set(j, f, x[f]);
                }
                counts[j] = smallestKept;
            }
        }
    }

    /** Returns count draws of rng.nextInt(n), with replacement. */
    private static int[] draw(Rng rng, int n, int count) {
        int[] idx = new int[count];
        for (int i = 0; i < count; i++) {
            idx[i] = rng.nextInt(n);
        }
        return idx;
    }

    /** scikit-learn's early stopping on the smoothed (exponentially weighted) mean batch inertia. */
    private static final class Monitor {
        private final double alpha;
        private double ewa = Double.NaN;
        private double ewaMin = Double.NaN;
        private int noImprovement;

        Monitor(int b, int n) {
            this.alpha = Math.min(1.0, b * 2.0 / (n + 1));
        }

        boolean converged(long step, double meanBatchInertia, boolean smallShift, int maxNoImprovement) {
            if (step == 1) {
                return false;                            // the first batch measures the initialisation
            }
            ewa = Double.isNaN(ewa) ? meanBatchInertia : ewa * (1 - alpha) + meanBatchInertia * alpha;
            if (smallShift) {
                return true;
            }
            if (Double.isNaN(ewaMin) || ewa < ewaMin) {
                noImprovement = 0;
                ewaMin = ewa;
            } else {
                noImprovement++;
            }
            return maxNoImprovement > 0 && noImprovement >= maxNoImprovement;
        }
    }

    /** Returns e.g. {@code "MiniBatchKMeans(nClusters=3, batchSize=1024, maxIter=100, seed=7)"}. */
    @Override
    public String toString() {
        return "MiniBatchKMeans(nClusters=" + nClusters + ", batchSize=" + batchSize + ", maxIter=" + maxIter + ", seed=" + seed + ")";
    }
}
