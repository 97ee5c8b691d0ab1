package org.mlbyhand.graders.ps2;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The input checks of the tree exercises, as core makes them, for their bugs and correct alternatives:
 * each differs from the reference in the algorithm only, never in what it rejects, so that a bug fails
 * only where its mistake shows.
 */
final class NodeInputs {
    private NodeInputs() {
    }

    /** Throws IllegalArgumentException if y is empty, k &lt; 1, or a label is outside [0, k). */
    static void labels(String who, int[] y, int k) {
        if (y.length == 0) {
            throw new IllegalArgumentException(who + ": y is empty; a node has at least one row");
        }
        if (k < 1) {
            throw new IllegalArgumentException(who + ": k must be ≥ 1, got " + k);
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= k) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i] + " is not a class in [0, " + k + ")");
            }
        }
    }

    /** The checks of one feature's split: x non-empty and finite, y of its length with labels in [0, k), minSamplesLeaf ≥ 1. */
    static void feature(String who, double[] x, int[] y, int k, int minSamplesLeaf) {
        features(who, Matrix.column(x), y, k, minSamplesLeaf);
    }

    /** The checks of a node's split: X at least 1×1 and finite, y of length n with labels in [0, k), minSamplesLeaf ≥ 1. */
    static void features(String who, Matrix X, int[] y, int k, int minSamplesLeaf) {
        if (X.rows() == 0 || X.cols() == 0) {
            throw new IllegalArgumentException(who + ": X is " + X.shape() + "; needs at least one row and one column");
        }
        finite(who, X);
        if (y.length != X.rows()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", y has length " + y.length);
        }
        labels(who, y, k);
        if (minSamplesLeaf < 1) {
            throw new IllegalArgumentException(who + ": minSamplesLeaf must be ≥ 1, got " + minSamplesLeaf);
        }
    }

    /**
     * The checks of a tree's prediction: the five node arrays have one common length ≥ 1
     * (ShapeMismatchException otherwise, IllegalArgumentException if it is 0) and X is finite.
     */
    static void tree(String who, int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold,
                     double[] value, Matrix X) {
        int nodes = childrenLeft.length;
        if (childrenRight.length != nodes || feature.length != nodes || threshold.length != nodes
                || value.length != nodes) {
            throw new ShapeMismatchException(who + ": the node arrays have lengths " + nodes + ", "
                    + childrenRight.length + ", " + feature.length + ", " + threshold.length + ", " + value.length);
        }
        if (nodes == 0) {
            throw new IllegalArgumentException(who + ": a tree has at least one node");
        }
        finite(who, X);
    }

    /** Throws IllegalArgumentException naming the first NaN or infinite entry of X. */
    static void finite(String who, Matrix X) {
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < X.cols(); j++) {
                if (!Double.isFinite(X.get(i, j))) {
                    throw new IllegalArgumentException(who + ": X[" + i + "][" + j + "] is " + X.get(i, j));
                }
            }
        }
    }

    /** Throws IllegalArgumentException naming the first NaN or infinite entry of x. */
    static void finite(String who, String name, double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(who + ": " + name + "[" + i + "] is " + x[i]);
            }
        }
    }

    /** Returns counts[c] = #{i : y[i] = c}, as doubles (labels checked by the caller). */
    static double[] counts(int[] y, int k) {
        double[] counts = new double[k];
        for (int label : y) {
            counts[label]++;
        }
        return counts;
    }
}
