package org.mlbyhand.core.tree;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The best split of one node, scikit-learn 1.2's {@code BestSplitter}: for each feature, sort the rows
 * by it, sweep the sorted rows left to right moving them one group at a time into the left child with
 * running class counts (or sums of y), and score every position between two distinct values:
 * <pre>{@code
 *   candidates   positions p of the sorted values x₍₀₎ ≤ … ≤ x₍ₙ₋₁₎ with x₍ₚ₎ > x₍ₚ₋₁₎ + 1e-7     (FEATURE_THRESHOLD:
 *                values closer than 1e-7 count as equal; a feature with x₍ₙ₋₁₎ ≤ x₍₀₎ + 1e-7 is constant)
 *   allowed      n_L = p ≥ minSamplesLeaf  and  n_R = n − p ≥ minSamplesLeaf          (rows, not weights)
 *   score        the criterion's proxy: −N_R·i_R − N_L·i_L (classification), S_L²/N_L + S_R²/N_R
 *                (squared error), (N_R·S_L − N_L·S_R)²/(N_L·N_R) (Friedman)
 *   best         the first candidate whose score is strictly greater than every earlier one
 *   threshold    t = x₍ₚ₋₁₎/2 + x₍ₚ₎/2, or x₍ₚ₋₁₎ if that sum rounds to x₍ₚ₎    (rows with x ≤ t go left)
 * }</pre>
 * The proxy ranks splits exactly as the impurity decrease does (it drops terms that are the same for
 * every split of the node), so only the winner's child impurities and improvement are computed. The
 * midpoint is a sum of halves so that it cannot overflow; when x₍ₚ₋₁₎ and x₍ₚ₎ are adjacent doubles it
 * rounds to one of them, and taking x₍ₚ₋₁₎ keeps x₍ₚ₎ on the right. Ties: the lowest threshold of a
 * feature, then the first feature visited (here in index order; see {@link DecisionTreeClassifier}).
 * scikit-learn evaluates x₍ₚ₋₁₎ + 1e-7 in float32 arithmetic on float32 values; here it is a double sum,
 * which decides the same except where float32 rounding tips it: neighbouring float32 values in [1, 2)
 * (2⁻²³ ≈ 1.19e-7 apart) are one group there and two here.
 *
 * <p>Cost: O(n) for the sort (a radix sort of 64-bit keys) plus O(n·k) (classification) or O(n) (regression) for the sweep,
 * per feature. {@link #bestSplitNaive} is the definition, O(n²): it tries every candidate threshold and
 * recomputes both children's impurities from scratch with {@link Impurity}.
 *
 * <p>Every method here takes unit weights (N_t = N = n); the tree calls the same sweep with sample
 * weights on its presorted rows.
 */
public final class Splitter {
    /** Values of a feature closer than this are treated as equal (scikit-learn's FEATURE_THRESHOLD). */
    public static final double FEATURE_THRESHOLD = 1e-7;

    private Splitter() {
    }

    /** The best candidate of a sweep so far: mutable scratch of one node. */
    static final class Best {
        int feature = -1;
        int pos;
        double threshold;
        double proxy = Double.NEGATIVE_INFINITY;

        void set(int feature, int pos, double proxy, double threshold) {
            this.feature = feature;
            this.pos = pos;
            this.proxy = proxy;
            this.threshold = threshold;
        }
    }

    /**
     * Returns the best split of one feature for class labels, by the sorted sweep.
     *
     * @param x              length n ≥ 1, finite (not modified)
     * @param y              length n, labels in [0, k) (not modified)
     * @param k              the number of classes, ≥ 1
     * @param criterion      GINI or ENTROPY
     * @param minSamplesLeaf the fewest rows a child may have, ≥ 1
     * @return the split with feature 0, or none ({@link Split#found()} false)
     * @throws IllegalArgumentException if x is empty or not finite, a label is outside [0, k), or minSamplesLeaf &lt; 1
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    public static Split bestSplit(double[] x, int[] y, int k, ClassificationCriterion criterion, int minSamplesLeaf) {
        return bestSplit(Matrix.column(x), y, k, criterion, minSamplesLeaf);
    }

    /**
     * Returns the best split of one feature for real targets, by the sorted sweep.
     *
     * @param x              length n ≥ 1, finite (not modified)
     * @param y              length n, finite (not modified)
     * @param criterion      SQUARED_ERROR or FRIEDMAN_MSE
     * @param minSamplesLeaf the fewest rows a child may have, ≥ 1
     * @return the split with feature 0, or none
     * @throws IllegalArgumentException if x or y is not finite, x is empty, or minSamplesLeaf &lt; 1
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    public static Split bestSplit(double[] x, double[] y, RegressionCriterion criterion, int minSamplesLeaf) {
        return bestSplit(Matrix.column(x), y, criterion, minSamplesLeaf);
    }

    /**
     * Returns the best split over all features of X for class labels: the sweep of each feature in
     * index order 0, 1, …, p−1, a later feature winning only with a strictly better score.
     *
     * @param X n×p, n ≥ 1, finite (not modified)
     * @param y length n, labels in [0, k) (not modified)
     * @throws IllegalArgumentException as {@link #bestSplit(double[], int[], int, ClassificationCriterion, int)}
     */
    public static Split bestSplit(Matrix X, int[] y, int k, ClassificationCriterion criterion, int minSamplesLeaf) {
        String who = "Splitter.bestSplit";
        TreeInputs.labels(who, X, y, k);
        double[] w = TreeInputs.ones(X.rows());
        return allFeatures(X, new ClassCounts(y, k, w, X.rows(), criterion), TreeInputs.atLeastOne(who, "minSamplesLeaf", minSamplesLeaf));
    }

    /**
     * Returns the best split over all features of X for real targets (features in index order, as the
     * classification overload).
     *
     * @param X n×p, n ≥ 1, finite (not modified)
     * @param y length n, finite (not modified)
     * @throws IllegalArgumentException as {@link #bestSplit(double[], double[], RegressionCriterion, int)}
     */
    public static Split bestSplit(Matrix X, double[] y, RegressionCriterion criterion, int minSamplesLeaf) {
        String who = "Splitter.bestSplit";
        TreeInputs.values(who, X, y);
        double[] w = TreeInputs.ones(X.rows());
        return allFeatures(X, new TargetSums(y, w, X.rows(), criterion), TreeInputs.atLeastOne(who, "minSamplesLeaf", minSamplesLeaf));
    }

    /**
     * The definition of {@link #bestSplit(double[], int[], int, ClassificationCriterion, int)}, O(n²):
     * for every candidate threshold t, the children {i : xᵢ ≤ t} and {i : xᵢ &gt; t} are formed and their
     * impurities computed from scratch; the best is the first with the strictly largest improvement
     * i − n_R/n·i_R − n_L/n·i_L. Same answer as the sweep up to rounding (which may break an exact tie
     * differently).
     */
    public static Split bestSplitNaive(double[] x, int[] y, int k, ClassificationCriterion criterion, int minSamplesLeaf) {
        String who = "Splitter.bestSplitNaive";
        TreeInputs.labels(who, Matrix.column(x), y, k);
        TreeInputs.atLeastOne(who, "minSamplesLeaf", minSamplesLeaf);
        return NaiveSplit.classification(x, y, k, criterion, minSamplesLeaf);
    }

    /**
     * The definition of {@link #bestSplit(double[], double[], RegressionCriterion, int)}, O(n²): every
     * candidate threshold, children from scratch ({@link Impurity#squaredError}), improvement
     * i − n_R/n·i_R − n_L/n·i_L, or n_L·n_R/n·(ȳ_L − ȳ_R)² for FRIEDMAN_MSE.
     */
    public static Split bestSplitNaive(double[] x, double[] y, RegressionCriterion criterion, int minSamplesLeaf) {
        String who = "Splitter.bestSplitNaive";
        TreeInputs.values(who, Matrix.column(x), y);
        TreeInputs.atLeastOne(who, "minSamplesLeaf", minSamplesLeaf);
        return NaiveSplit.regression(x, y, criterion, minSamplesLeaf);
    }

    /** Sweeps every feature of X in index order over all its rows. */
    private static Split allFeatures(Matrix X, NodeStatistics stats, int minSamplesLeaf) {
        int n = X.rows();
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        stats.init(rows, 0, n);
        double impurity = stats.nodeImpurity();
        Best best = new Best();
        int[][] sorted = new int[X.cols()][];
        for (int j = 0; j < X.cols(); j++) {
            double[] x = X.column(j);
            sorted[j] = rows.clone();
            IndexSort.sort(sorted[j], x);
            if (!isConstant(x, sorted[j], 0, n)) {
                stats.sweep(x, sorted[j], j, minSamplesLeaf, best);
            }
        }
        return best.feature < 0 ? Split.none(n, impurity) : finish(stats, sorted[best.feature], best, impurity);
    }

    /** Whether the feature is constant on sorted[start:end): max − min ≤ FEATURE_THRESHOLD. */
    static boolean isConstant(double[] x, int[] sorted, int start, int end) {
        return x[sorted[end - 1]] <= x[sorted[start]] + FEATURE_THRESHOLD;
    }

    /**
     * The sorted sweep over one feature: stats must be init'ed on the node [start, end); sorted holds
     * the node's rows sorted by x. Updates best where a candidate beats best.proxy strictly. This is
     * the sweep written with the statistics' {@code update} and {@code proxyImprovement}, the definition
     * that {@link NodeStatistics#sweep} follows (ClassCounts fuses it into one loop, with the same sums
     * in the same order).
     */
    static void sweep(NodeStatistics stats, double[] x, int[] sorted, int feature, int minSamplesLeaf, Best best) {
        int start = stats.start;
        int end = stats.end;
        stats.reset(sorted);
        int p = start;
        while (p < end) {
            while (p + 1 < end && x[sorted[p + 1]] <= x[sorted[p]] + FEATURE_THRESHOLD) {
                p++;   // skip to the last of a group of (nearly) equal values
            }
            p++;
            if (p >= end || p - start < minSamplesLeaf || end - p < minSamplesLeaf) {
                continue;
            }
            stats.update(p);
            double proxy = stats.proxyImprovement();
            if (proxy > best.proxy) {
                best.set(feature, p, proxy, threshold(x[sorted[p - 1]], x[sorted[p]]));
            }
        }
    }

    /** t = a/2 + b/2 for a &lt; b, or a if that rounds to b (scikit-learn's sum of halves). */
    static double threshold(double a, double b) {
        double t = a / 2.0 + b / 2.0;
        return t == b ? a : t;
    }

    /** The winner's children impurities and improvement, with the node's rows in best's sorted order. */
    static Split finish(NodeStatistics stats, int[] sorted, Best best, double impurity) {
        stats.reset(sorted);
        stats.update(best.pos);
        double[] children = stats.childrenImpurity();
        double improvement = stats.impurityImprovement(impurity, children[0], children[1]);
        return new Split(best.feature, best.threshold, best.pos - stats.start, stats.end - best.pos, impurity,
                children[0], children[1], improvement);
    }
}
