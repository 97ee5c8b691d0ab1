package org.mlbyhand.core.ensemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The additive model both fitted models share, and the boosting loop that fits it:
 * <pre>{@code
 *   margin(x) = b₀ + Σ_{t=1..M} f_t(x)                     b₀ the base margin, f_t the trees
 *
 *   fit:  ŷ = b₀ for every training row
 *         for t = 1 … M:   g, h = the loss's gradient pairs at ŷ           (GradientPairs)
 *                          f_t  = the exact greedy tree for (g, h)         (XGBoostTreeBuilder)
 *                          ŷ   += f_t(X)
 * }</pre>
 * Each round takes one Newton step for the whole training set, restricted to what a tree can
 * represent. Immutable: the trees are immutable and the list is a copy.
 *
 * @param baseMargin b₀, the margin every row starts from
 * @param trees      f_1 … f_M, in the order they were fitted
 * @param p          the number of features
 */
record XGBoostEnsemble(double baseMargin, List<XGBoostTree> trees, int p) {
    /**
     * The loss of the training targets as a function of the current margins: one round's gradients and
     * hessians, each a new array of length n.
     */
    record Loss(UnaryOperator<double[]> gradient, UnaryOperator<double[]> hessian) {
    }

    XGBoostEnsemble {
        trees = List.copyOf(trees);
    }

    /**
     * Runs params.nEstimators() boosting rounds from the base margin.
     *
     * @param X          n×p, finite, at least one row (checked by the caller; not modified)
     * @param loss       the training targets' loss
     * @param params     the hyper-parameters
     * @param baseMargin b₀
     */
    static XGBoostEnsemble fit(Matrix X, Loss loss, Hyperparameters params, double baseMargin) {
        int n = X.rows();
        int[][] sorted = XGBoostTreeBuilder.sortedRows(X);     // p×n, once for every round
        double[] margin = new double[n];
        Arrays.fill(margin, baseMargin);
        List<XGBoostTree> trees = new ArrayList<>(params.nEstimators());
        for (int t = 0; t < params.nEstimators(); t++) {
            double[] g = loss.gradient().apply(margin);
            double[] h = loss.hessian().apply(margin);
            XGBoostTree tree = XGBoostTreeBuilder.build(X, sorted, g, h, params);
            for (int i = 0; i < n; i++) {
                margin[i] += tree.valueOf(X, i);
            }
            trees.add(tree);
        }
        return new XGBoostEnsemble(baseMargin, trees, X.cols());
    }

    /**
     * Returns b₀ + Σ_t f_t(xᵢ) for each row of X, the trees added in the order they were fitted.
     *
     * @param who the caller, for messages
     * @param X   m×p, finite (not modified)
     * @throws ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    double[] margins(String who, Matrix X) {
        if (X.cols() != p) {
            throw new ShapeMismatchException(who + ": the model has " + p + " features, X is " + X.shape());
        }
        Arguments.requireFinite(who, "X", X);
        double[] margin = new double[X.rows()];
        Arrays.fill(margin, baseMargin);
        for (XGBoostTree tree : trees) {
            for (int i = 0; i < margin.length; i++) {
                margin[i] += tree.valueOf(X, i);
            }
        }
        return margin;
    }
}
