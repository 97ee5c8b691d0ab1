package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.tree.Tree;

/**
 * A loss as gradient boosting uses it, scikit-learn 1.2's {@code _gb_losses.LossFunction}: its initial
 * raw prediction, its pseudo-residuals, the line search that sets a tree's leaf values, and its value
 * (the training score). A stage fits K trees, one per column of the raw predictions:
 * <pre>{@code
 *   raw[k][i]                        the raw prediction F of row i for tree k of a stage (K = 1 but for multiclass)
 *   initialRawPrediction(y)          F₀, length K (the init estimator's prediction)
 *   negativeGradient(y, raw, k)      the residuals tree k of the stage is fitted to      (PseudoResiduals)
 *   leafValues(tree, region, …)      the value of every node: leaves set by the line search   (LeafValues)
 *   loss(y, raw, rows)               the mean loss over the rows (all, or a subsample)    (train_score_)
 * }</pre>
 * y holds the targets, or the class labels as 0.0, 1.0, …, K−1. Instances are made per fit: Huber's
 * keeps the threshold γ of its last residuals, as scikit-learn's does, and scores with it.
 */
interface LossFunction {
    /** Returns K, the number of trees per stage. */
    int treesPerStage();

    /** Returns F₀ (length K), fitted on y. */
    double[] initialRawPrediction(double[] y);

    /** Returns the pseudo-residuals of tree k at the raw predictions raw (K×n, not modified). */
    double[] negativeGradient(double[] y, double[][] raw, int k);

    /**
     * Returns the value of every node of tree k's fitted tree: the line-search value at each leaf, the
     * tree's own value (mean residual) elsewhere.
     *
     * @param region   the leaf of each row, −1 for a row out of the subsample
     * @param residual the residuals the tree was fitted to
     * @param rawK     the raw predictions of column k before this tree
     */
    double[] leafValues(Tree tree, int[] region, double[] y, double[] residual, double[] rawK, int k);

    /** Returns the mean loss over the rows with rows[i] (all rows if rows is null), scikit-learn's loss_(…). */
    double loss(double[] y, double[][] raw, boolean[] rows);

    /** The tree's own node values (column 0) with each leaf t replaced by computed[t]. */
    static double[] withLeaves(Tree tree, double[] computed) {
        double[][] means = tree.value();
        int[] left = tree.childrenLeft();
        double[] value = new double[means.length];
        for (int t = 0; t < value.length; t++) {
            value[t] = left[t] == Tree.TREE_LEAF ? computed[t] : means[t][0];
        }
        return value;
    }

    /** The tree's own node values (column 0): the weighted mean residual of each node. */
    static double[] treeValues(Tree tree) {
        double[][] means = tree.value();
        double[] value = new double[means.length];
        for (int t = 0; t < value.length; t++) {
            value[t] = means[t][0];
        }
        return value;
    }

    /** The number of rows with rows[i], n if rows is null. */
    static int count(boolean[] rows, int n) {
        if (rows == null) {
            return n;
        }
        int m = 0;
        for (boolean in : rows) {
            m += in ? 1 : 0;
        }
        return m;
    }
}
