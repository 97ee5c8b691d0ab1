package org.mlbyhand.core.ensemble;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

/**
 * Grows the trees of a random forest, scikit-learn 1.2's {@code BaseForest.fit} and
 * {@code _parallel_build_trees}, with seeds that make the result independent of scheduling:
 * <pre>{@code
 *   s_t        = the (t+1)-th nextLong() of Rng(randomState)             t = 0, …, T−1, drawn before any tree
 *   rng_t      = Rng(s_t)
 *   counts_t   = Bootstrap.sampleCounts(rng_t, n)                       (bootstrap only)
 *   tree_t     = the tree trainer with randomState = rng_t.nextLong(), fitted with sample weights counts_t
 *                (no weights without bootstrap)
 *   oob_t      = Bootstrap.outOfBagIndices(counts_t), and tree_t's predictions on those rows (oobScore only)
 * }</pre>
 * Each tree depends on t alone, so the trees are fitted in parallel ({@link ParallelTrees}) and come
 * back in tree order. The out-of-bag predictions are then averaged in tree order,
 * <pre>{@code
 *   oob[i] = Σ_{t : i ∈ oob_t} ŷ_t(xᵢ) / #{t : i ∈ oob_t}        (0 when no tree left row i out)
 * }</pre>
 * as scikit-learn's {@code _compute_oob_predictions}, which warns about such rows and scores them
 * with a prediction of 0 (nothing here prints).
 */
final class Forest {
    /** One fitted tree, with its out-of-bag rows and its predictions there (n_oob×k), or nulls without oobScore. */
    record GrownTree<M>(M tree, int[] outOfBag, Matrix oobPrediction) {
    }

    /** Fits one tree with the given randomState and sample weights (null: every row weight 1). */
    @FunctionalInterface
    interface TreeFit<M> {
        M fit(long randomState, double[] sampleWeight);
    }

    private Forest() {
    }

    /** Returns s_0, …, s_{T−1}: the first T longs of Rng(randomState). */
    static long[] treeSeeds(long randomState, int T) {
        Rng rng = new Rng(randomState);
        long[] seeds = new long[T];
        for (int t = 0; t < T; t++) {
            seeds[t] = rng.nextLong();
        }
        return seeds;
    }

    /**
     * Grows the T trees of the recipe in the class comment on n rows.
     *
     * @param predict a tree's predictions (rows×k) on the given training rows, for oobScore
     */
    static <M> List<GrownTree<M>> grow(int n, ForestParameters params, long[] seeds, TreeFit<M> fit,
                                       BiFunction<M, int[], Matrix> predict) {
        return ParallelTrees.map(params.nEstimators(), params.nJobs(), t -> {
            Rng rng = new Rng(seeds[t]);
            int[] counts = params.bootstrap() ? Bootstrap.sampleCounts(rng, n) : null;
            M tree = fit.fit(rng.nextLong(), counts == null ? null : Bootstrap.weights(counts));
            if (!params.oobScore()) {
                return new GrownTree<>(tree, null, null);
            }
            int[] outOfBag = Bootstrap.outOfBagIndices(counts);
            return new GrownTree<>(tree, outOfBag, predict.apply(tree, outOfBag));
        });
    }

    /** Returns the n×k out-of-bag mean of the class comment (trees in order; rows left out by no tree are 0). */
    static Matrix outOfBagMean(List<? extends GrownTree<?>> trees, int n, int k) {
        Matrix sum = Matrix.zeros(n, k);   // n×k
        int[] times = new int[n];
        for (GrownTree<?> g : trees) {
            int[] rows = g.outOfBag();
            for (int r = 0; r < rows.length; r++) {
                times[rows[r]]++;
                for (int c = 0; c < k; c++) {
                    sum.set(rows[r], c, sum.get(rows[r], c) + g.oobPrediction().get(r, c));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double divisor = Math.max(times[i], 1);
            for (int c = 0; c < k; c++) {
                sum.set(i, c, sum.get(i, c) / divisor);
            }
        }
        return sum;
    }

    /**
     * Returns the forest's feature importances, scikit-learn's {@code feature_importances_}: the mean of
     * the trees' normalized importances over the trees that split at least once, renormalized to sum
     * to 1 (all zeros if no tree splits).
     *
     * @param perTree the importances of each tree (length p each), null for a tree that is a single leaf
     */
    static double[] meanImportances(List<double[]> perTree, int p) {
        double[] mean = new double[p];
        int count = 0;
        for (double[] importances : perTree) {
            if (importances != null) {
                count++;
                for (int j = 0; j < p; j++) {
                    mean[j] += importances[j];
                }
            }
        }
        if (count == 0) {
            return mean;
        }
        double total = 0.0;
        for (int j = 0; j < p; j++) {
            mean[j] /= count;
            total += mean[j];
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= total;
        }
        return mean;
    }
}
