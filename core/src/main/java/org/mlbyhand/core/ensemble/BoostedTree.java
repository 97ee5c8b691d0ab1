package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.Tree;

/**
 * One tree of a gradient-boosting model: a regression tree fitted to a stage's pseudo-residuals, whose
 * leaves then got the values of the loss's line search ({@link LeafValues}),
 * <pre>{@code
 *   tree()     the fitted tree: structure, thresholds, and its own node values (the mean residual of each node)
 *   value()    the value of each node as boosting uses it: the line-search value at a leaf, the tree's
 *              own value elsewhere (scikit-learn 1.2 overwrites tree_.value at the leaves alike)
 *   predict(X) value[leaf(x)]            (before the learning rate)
 * }</pre>
 * For the squared error the two agree (the mean residual is the exact line search). Immutable.
 */
public final class BoostedTree {
    private final Tree tree;
    private final double[] value;

    BoostedTree(Tree tree, double[] value) {
        this.tree = tree;
        this.value = value;
    }

    /** Returns the fitted regression tree (immutable), with its own node values. */
    public Tree tree() {
        return tree;
    }

    /** Returns a copy of the node values boosting uses, length nodeCount: line-search values at the leaves. */
    public double[] value() {
        return value.clone();
    }

    /**
     * Returns the value of each row's leaf.
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have p columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public double[] predict(Matrix X) {
        int[] leaves = tree.apply(X);
        double[] out = new double[leaves.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = value[leaves[i]];
        }
        return out;
    }

    /** Adds scale·value[leaf] to raw[i] for each row, given the rows' leaves (the stage update). */
    void addTo(double[] raw, int[] leaves, double scale) {
        for (int i = 0; i < raw.length; i++) {
            raw[i] += scale * value[leaves[i]];
        }
    }

    /** Returns e.g. {@code "BoostedTree(Tree(nodeCount=15, depth=3, leaves=8, p=4))"}. */
    @Override
    public String toString() {
        return "BoostedTree(" + tree + ")";
    }
}
