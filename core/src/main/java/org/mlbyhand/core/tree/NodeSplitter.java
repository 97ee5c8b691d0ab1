package org.mlbyhand.core.tree;

import org.mlbyhand.core.random.Rng;

/**
 * The splitter of one fit: the training columns, each feature's rows presorted once, and the node
 * statistics, so that splitting a node costs no sort.
 * <pre>{@code
 *   order[j][start:end)   the rows of the current node sorted by feature j, for every j
 *   split(start, end)     sweep the features (all in index order, or m drawn at random) → the best Split
 *   partition(split)      stable-partition every order[j][start:end) into left rows, then right rows:
 *                         both children's ranges stay sorted, O(p·n) per tree level
 * }</pre>
 * The orders come sorted ({@link PresortedFeatures}: a radix sort, O(p·n) once, then O(p·n) per tree to
 * keep the rows of positive weight); each level of the tree then costs O(p·n) to partition plus the sweeps
 * of the features examined. Mutable scratch state of one fit.
 */
final class NodeSplitter {
    private final double[][] columns;   // p × n: columns[j][i] = X[i][j] (shared, read only)
    private final int[][] order;        // p × (rows of positive weight)
    private final NodeStatistics stats;
    private final int minSamplesLeaf;
    private final int maxFeatures;
    private final Rng rng;
    private final int[] features;
    private final boolean[] goesLeft;
    private final int[] scratch;

    /**
     * @param X        the training features, presorted (not modified; shared)
     * @param w        length n sample weights (not modified); the rows of positive weight take part
     * @param positive the number of rows of positive weight
     * @param stats    the node statistics of the criterion
     * @param rng      draws the features when maxFeatures &lt; p
     */
    NodeSplitter(PresortedFeatures X, double[] w, int positive, NodeStatistics stats, int minSamplesLeaf, int maxFeatures, Rng rng) {
        int p = X.cols();
        this.columns = X.columns;
        this.order = new int[p][];
        for (int j = 0; j < p; j++) {
            order[j] = X.order(j, w, positive);
        }
        this.stats = stats;
        this.minSamplesLeaf = minSamplesLeaf;
        this.maxFeatures = maxFeatures;
        this.rng = rng;
        this.features = new int[p];
        for (int j = 0; j < p; j++) {
            features[j] = j;
        }
        this.goesLeft = new boolean[X.rows()];
        this.scratch = new int[positive];
    }

    /** Computes the statistics of the node of rows order[·][start:end). */
    void initNode(int start, int end) {
        stats.init(order[0], start, end);
    }

    /**
     * Returns the best split of the node (initNode must have been called): every feature in index
     * order when maxFeatures = p; otherwise features drawn without replacement (Fisher–Yates) until
     * maxFeatures non-constant ones were swept or none is left. Constant features are skipped.
     */
    Split split(int start, int end, double impurity) {
        Splitter.Best best = new Splitter.Best();
        int p = features.length;
        if (maxFeatures >= p) {
            for (int j = 0; j < p; j++) {
                sweepIfNotConstant(j, start, end, best);
            }
        } else {
            int remaining = p;
            int visited = 0;
            while (remaining > 0 && visited < maxFeatures) {
                int r = rng.nextInt(remaining);
                remaining--;
                int j = features[r];
                features[r] = features[remaining];
                features[remaining] = j;
                visited += sweepIfNotConstant(j, start, end, best) ? 1 : 0;
            }
        }
        if (best.feature < 0) {
            return Split.none(end - start, impurity);
        }
        return Splitter.finish(stats, order[best.feature], best, impurity);
    }

    /** Moves the left child's rows to order[·][start : start + nLeft) and the right's behind them. */
    void partition(Split split, int start, int end) {
        int[] sorted = order[split.feature()];
        int pos = start + split.nLeft();
        for (int q = start; q < end; q++) {
            goesLeft[sorted[q]] = q < pos;
        }
        for (int j = 0; j < order.length; j++) {
            if (j != split.feature()) {
                IndexSort.partition(order[j], start, end, goesLeft, scratch);
            }
        }
    }

    private boolean sweepIfNotConstant(int j, int start, int end, Splitter.Best best) {
        if (Splitter.isConstant(columns[j], order[j], start, end)) {
            return false;
        }
        stats.sweep(columns[j], order[j], j, minSamplesLeaf, best);
        return true;
    }
}
