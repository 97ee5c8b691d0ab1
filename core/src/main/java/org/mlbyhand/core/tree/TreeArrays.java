package org.mlbyhand.core.tree;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * A decision tree as plain parallel arrays, the layout of {@link Tree} (scikit-learn's {@code tree_})
 * as one value anyone can build: what an exercise that grows a tree returns, and what a tree given to
 * an exercise is made of. Node 0 is the root; at a leaf, the children are {@link Tree#TREE_LEAF} and
 * the feature {@link Tree#TREE_UNDEFINED}.
 * <pre>{@code
 *   row x reaches:   t = 0;  while childrenLeft[t] ≠ −1:  t = x[feature[t]] ≤ threshold[t] ? childrenLeft[t] : childrenRight[t]
 * }</pre>
 *
 * @param childrenLeft  per node, the left child's id, or −1 at a leaf
 * @param childrenRight per node, the right child's id, or −1 at a leaf
 * @param feature       per node, the feature split on, or −2 at a leaf
 * @param threshold     per node, the split's threshold (x ≤ threshold goes left), −2 at a leaf
 * @param value         nodes×k: the weighted class counts (classifier) or the mean of y (k = 1)
 * @param impurity      per node, its impurity
 * @param nNodeSamples  per node, its number of training rows
 */
public record TreeArrays(int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold, Matrix value,
                         double[] impurity, int[] nNodeSamples) {

    /** Checks that every array has one entry per node. */
    public TreeArrays {
        int n = feature.length;
        if (childrenLeft.length != n || childrenRight.length != n || threshold.length != n || value.rows() != n
                || impurity.length != n || nNodeSamples.length != n) {
            throw new IllegalArgumentException("TreeArrays: the arrays have different node counts: childrenLeft "
                    + childrenLeft.length + ", childrenRight " + childrenRight.length + ", feature " + n + ", threshold "
                    + threshold.length + ", value " + value.rows() + ", impurity " + impurity.length
                    + ", nNodeSamples " + nNodeSamples.length);
        }
    }

    /** Returns the number of nodes. */
    public int nodeCount() {
        return feature.length;
    }

    /**
     * Returns the leaf each row of X reaches (the walk of the class comment).
     *
     * @param X m×p (not modified)
     * @return length m, leaf ids
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public int[] apply(Matrix X) {
        Arguments.requireFinite("TreeArrays.apply", "X", X);
        int[] leaves = new int[X.rows()];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = leaf(childrenLeft, childrenRight, feature, threshold, X, i);
        }
        return leaves;
    }

    /**
     * Returns each row's prediction: value[leaf][0] of the leaf it reaches (the mean, for a regression
     * tree; for a classifier, use {@link #apply} and the leaf's row of {@code value}).
     */
    public double[] predictValue(Matrix X) {
        int[] leaves = apply(X);
        double[] out = new double[leaves.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = value.get(leaves[i], 0);
        }
        return out;
    }

    /** The leaf row i of X reaches: the one walk every tree of this package uses. */
    static int leaf(int[] left, int[] right, int[] feature, double[] threshold, Matrix X, int i) {
        int t = 0;
        while (left[t] != Tree.TREE_LEAF) {
            t = X.get(i, feature[t]) <= threshold[t] ? left[t] : right[t];
        }
        return t;
    }
}
