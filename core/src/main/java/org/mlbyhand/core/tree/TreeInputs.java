package org.mlbyhand.core.tree;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The checks this package makes before any work, with {@link Arguments}'s wording
 * ({@code "DecisionTreeClassifier.fit: X[3][1] is NaN"}, {@code "… X is 6×2, y has length 5"}), and
 * the hyper-parameter checks ({@code "DecisionTreeRegressor: maxDepth must be ≥ 1, got 0"}).
 */
final class TreeInputs {
    private TreeInputs() {
    }

    /** Checks X (n ≥ 1 rows, p ≥ 1 columns, finite) and labels y of length n, each ≥ 0; returns k = max(y) + 1. */
    static int labels(String who, Matrix X, int[] y) {
        matrix(who, X);
        Arguments.requireLength(who, "X", X, "y", y.length);
        Arguments.requireLabels(who, "y", y);
        return Arrays.stream(y).max().orElse(0) + 1;
    }

    /** As {@link #labels(String, Matrix, int[])}, for a given number of classes: every label must be &lt; k. */
    static void labels(String who, Matrix X, int[] y, int k) {
        labels(who, X, y);
        if (k < 1) {
            throw new IllegalArgumentException(who + ": k must be ≥ 1, got " + k);
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] >= k) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i] + " is not a class in [0, " + k + ")");
            }
        }
    }

    /** Checks X (n ≥ 1 rows, p ≥ 1 columns, finite) and finite targets y of length n. */
    static void values(String who, Matrix X, double[] y) {
        matrix(who, X);
        Arguments.requireLength(who, "X", X, "y", y.length);
        Arguments.requireFinite(who, "y", y);
    }

    /** Checks labels y ≥ 0 of length n for presorted features (checked when made); returns k = max(y) + 1. */
    static int labels(String who, PresortedFeatures X, int[] y) {
        requireLength(who, X.shape(), X.rows(), "y", y.length);
        Arguments.requireLabels(who, "y", y);
        return Arrays.stream(y).max().orElse(0) + 1;
    }

    /** Checks finite targets y of length n for presorted features (checked when made). */
    static void values(String who, PresortedFeatures X, double[] y) {
        requireLength(who, X.shape(), X.rows(), "y", y.length);
        Arguments.requireFinite(who, "y", y);
    }

    /** {@link Arguments#requireLength}'s check and wording, given X's shape: "op: X is 6×2, y has length 5". */
    private static void requireLength(String who, String shape, int n, String name, int length) {
        if (length != n) {
            throw new ShapeMismatchException(who + ": X is " + shape + ", " + name + " has length " + length);
        }
    }

    /**
     * Returns the sample weights to fit with: n ones if sampleWeight is null, else a copy of it, which
     * must have length n, be finite and ≥ 0, and have a positive sum.
     */
    static double[] weights(String who, Matrix X, double[] sampleWeight) {
        return weights(who, X.shape(), X.rows(), sampleWeight);
    }

    /** As {@link #weights(String, Matrix, double[])}, for presorted features. */
    static double[] weights(String who, PresortedFeatures X, double[] sampleWeight) {
        return weights(who, X.shape(), X.rows(), sampleWeight);
    }

    private static double[] weights(String who, String shape, int n, double[] sampleWeight) {
        if (sampleWeight == null) {
            return ones(n);
        }
        requireLength(who, shape, n, "sampleWeight", sampleWeight.length);
        Arguments.requireFinite(who, "sampleWeight", sampleWeight);
        double sum = 0.0;
        for (int i = 0; i < sampleWeight.length; i++) {
            if (sampleWeight[i] < 0.0) {
                throw new IllegalArgumentException(who + ": sampleWeight[" + i + "] = " + sampleWeight[i] + " is negative");
            }
            sum += sampleWeight[i];
        }
        if (!(sum > 0.0)) {
            throw new IllegalArgumentException(who + ": sampleWeight sums to " + sum + "; at least one row needs a positive weight");
        }
        return sampleWeight.clone();
    }

    /** Checks the matrix given to a fitted tree: p columns, every entry finite. */
    static void features(String who, Matrix X, int p) {
        if (X.cols() != p) {
            throw new ShapeMismatchException(who + ": the model has " + p + " features, X is " + X.shape());
        }
        Arguments.requireFinite(who, "X", X);
    }

    static double[] ones(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        return w;
    }

    /** Checks a count that must be ≥ 1 (maxDepth, minSamplesLeaf). */
    static int atLeastOne(String who, String name, int value) {
        return atLeast(who, name, value, 1);
    }

    /** Checks a count that must be ≥ min. */
    static int atLeast(String who, String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(who + ": " + name + " must be ≥ " + min + ", got " + value);
        }
        return value;
    }

    /** Checks a value that must be finite and ≥ 0 (minImpurityDecrease, ccpAlpha). */
    static double nonNegative(String who, String name, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(who + ": " + name + " must be finite and ≥ 0, got " + value);
        }
        return value;
    }

    private static void matrix(String who, Matrix X) {
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireFinite(who, "X", X);
    }
}
