package org.mlbyhand.core.ensemble;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * One fitted tree of the mini-XGBoost: a binary tree whose internal nodes ask "is x[feature] &lt;
 * threshold?" (yes goes left) and whose leaves hold the value the tree adds to a row's margin,
 * <pre>{@code
 *   f(x) = leafValue(leaf(x)),    leafValue = η·w* = −η·G/(H + λ)     G, H over the training rows of the leaf
 * }</pre>
 * The comparison is XGBoost's: {@code x < threshold} goes left, and a threshold is the midpoint of two
 * consecutive distinct training values of its feature (see {@link XGBoostTreeBuilder}).
 *
 * <p>Nodes are numbered in pre-order from the root, 0 (XGBoost numbers them level by level). For each
 * node the tree keeps what an XGBoost dump shows: the split feature and threshold, or the leaf value;
 * the split's {@link #gain} (the objective's decrease, γ included); and the {@link #cover}, the sum of
 * the hessians of the training rows that reached it. Immutable.
 */
public final class XGBoostTree {
    private static final int LEAF = -1;

    private final int[] feature;       // the split feature, LEAF for a leaf
    private final double[] threshold;  // NaN for a leaf
    private final int[] left;
    private final int[] right;
    private final double[] value;      // the leaf value η·w*; NaN for an internal node
    private final double[] gain;       // the split gain; NaN for a leaf
    private final double[] cover;      // H, the hessian sum of the node's training rows

    XGBoostTree(int[] feature, double[] threshold, int[] left, int[] right, double[] value, double[] gain, double[] cover) {
        this.feature = feature.clone();
        this.threshold = threshold.clone();
        this.left = left.clone();
        this.right = right.clone();
        this.value = value.clone();
        this.gain = gain.clone();
        this.cover = cover.clone();
    }

    /** Returns the number of nodes, internal and leaves; node 0 is the root. */
    public int nodeCount() {
        return feature.length;
    }

    /** Returns the number of leaves, T. */
    public int leafCount() {
        int T = 0;
        for (int f : feature) {
            T += f == LEAF ? 1 : 0;
        }
        return T;
    }

    /** Returns the depth: 0 for a single leaf, else 1 + the depth of the deeper child of the root. */
    public int depth() {
        return depth(0);
    }

    /** Returns whether node is a leaf (IndexOutOfBoundsException if node is not in [0, nodeCount())). */
    public boolean isLeaf(int node) {
        return feature[node] == LEAF;
    }

    /** Returns the feature an internal node splits on (IllegalArgumentException for a leaf). */
    public int feature(int node) {
        return internal(node, "feature");
    }

    /** Returns the threshold of an internal node: rows with x[feature] &lt; threshold go left. */
    public double threshold(int node) {
        internal(node, "threshold");
        return threshold[node];
    }

    /** Returns the left child of an internal node (the rows with x[feature] &lt; threshold). */
    public int left(int node) {
        internal(node, "left");
        return left[node];
    }

    /** Returns the right child of an internal node (the rows with x[feature] ≥ threshold). */
    public int right(int node) {
        internal(node, "right");
        return right[node];
    }

    /** Returns the split gain of an internal node ({@link RegularizedObjective#splitGain}, γ included). */
    public double gain(int node) {
        internal(node, "gain");
        return gain[node];
    }

    /** Returns the value a leaf adds to the margin, η·w* (IllegalArgumentException for an internal node). */
    public double leafValue(int node) {
        if (!isLeaf(node)) {
            throw new IllegalArgumentException("XGBoostTree.leafValue: node " + node + " is not a leaf");
        }
        return value[node];
    }

    /** Returns the cover of a node: H, the sum of the hessians of the training rows that reached it. */
    public double cover(int node) {
        return cover[node];
    }

    /**
     * Returns the tree's value f(xᵢ) for each row of X: the leaf value of the leaf the row falls into.
     *
     * @param X m×p with p &gt; every split feature, finite (not modified)
     * @return length m
     * @throws ShapeMismatchException if X has too few columns for a split feature
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    public double[] predict(Matrix X) {
        int needed = 0;
        for (int f : feature) {
            needed = Math.max(needed, f + 1);
        }
        if (X.cols() < needed) {
            throw new ShapeMismatchException("XGBoostTree.predict: the tree splits on feature " + (needed - 1) + ", X is " + X.shape());
        }
        Arguments.requireFinite("XGBoostTree.predict", "X", X);
        double[] f = new double[X.rows()];
        for (int i = 0; i < f.length; i++) {
            f[i] = valueOf(X, i);
        }
        return f;
    }

    /** Returns f(xᵢ) for row i of X, unchecked: the caller has checked X's width and entries. */
    double valueOf(Matrix X, int i) {
        return value[leafOf(X, i)];
    }

    /** Returns the leaf that row i of X falls into. */
    int leafOf(Matrix X, int i) {
        int node = 0;
        while (feature[node] != LEAF) {
            node = X.get(i, feature[node]) < threshold[node] ? left[node] : right[node];
        }
        return node;
    }

    private int depth(int node) {
        return isLeaf(node) ? 0 : 1 + Math.max(depth(left[node]), depth(right[node]));
    }

    private int internal(int node, String what) {
        if (isLeaf(node)) {
            throw new IllegalArgumentException("XGBoostTree." + what + ": node " + node + " is a leaf");
        }
        return feature[node];
    }

    /** Returns the tree as nested conditions, e.g. {@code "x2 < 0.5 ? (x0 < 1.5 ? 0.12 : -0.3) : 0.4"}. */
    @Override
    public String toString() {
        return toString(0);
    }

    private String toString(int node) {
        if (isLeaf(node)) {
            return String.valueOf(value[node]);
        }
        String l = isLeaf(left[node]) ? toString(left[node]) : "(" + toString(left[node]) + ")";
        String r = isLeaf(right[node]) ? toString(right[node]) : "(" + toString(right[node]) + ")";
        return "x" + feature[node] + " < " + threshold[node] + " ? " + l + " : " + r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XGBoostTree t && Arrays.equals(feature, t.feature) && Arrays.equals(threshold, t.threshold)
                && Arrays.equals(left, t.left) && Arrays.equals(right, t.right) && Arrays.equals(value, t.value)
                && Arrays.equals(gain, t.gain) && Arrays.equals(cover, t.cover);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(feature) + Arrays.hashCode(value);
    }
}
