package org.mlbyhand.core.tree;

/**
 * The best split of a node, as {@link Splitter} finds it: rows with {@code x[feature] ≤ threshold} go
 * to the left child, the others to the right,
 * <pre>{@code
 *   improvement = N_t/N · (i − N_R/N_t·i_R − N_L/N_t·i_L)        (Friedman's for FRIEDMAN_MSE, see RegressionCriterion)
 * }</pre>
 * (N_t, N_L, N_R: the weights of the node and its children, nLeft and nRight rows; N: of the training
 * set, = N_t when a splitter is called on one node). When no split is allowed (a constant feature, or
 * no position leaves minSamplesLeaf rows on both sides) there is none: {@link #found()} is false and the
 * fields are scikit-learn's "no split" record: feature −1, threshold NaN, nLeft = n, nRight = 0, child
 * impurities +∞, improvement −∞.
 *
 * @param feature        the column split on, or −1 if no split was found
 * @param threshold      the threshold t (a midpoint between two training values of the feature)
 * @param nLeft          the number of rows with x ≤ t
 * @param nRight         the number of rows with x &gt; t
 * @param impurity       the node's impurity i
 * @param impurityLeft   the left child's impurity i_L
 * @param impurityRight  the right child's impurity i_R
 * @param improvement    the weighted impurity decrease compared with {@code minImpurityDecrease}
 */
public record Split(int feature, double threshold, int nLeft, int nRight, double impurity, double impurityLeft,
                    double impurityRight, double improvement) {
    /** Returns whether a split was found (feature ≥ 0). */
    public boolean found() {
        return feature >= 0;
    }

    /** The record of "no split" for a node of n rows. */
    static Split none(int n, double impurity) {
        return new Split(-1, Double.NaN, n, 0, impurity, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY);
    }
}
