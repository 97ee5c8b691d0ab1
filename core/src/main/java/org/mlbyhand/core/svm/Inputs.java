package org.mlbyhand.core.svm;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The checks this package makes before it fits or predicts, so that bad input fails at once with a
 * message naming the call and the offending value; entry checks are {@link Arguments}'s, with its
 * wording.
 */
final class Inputs {
    private Inputs() {
    }

    /**
     * Checks a classification problem with labels 0, …, k−1 and returns k: X n×p with n, p ≥ 1 and finite,
     * y of length n, every class present, at least two classes.
     */
    static int classification(String who, Matrix X, int[] y) {
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireFinite(who, "X", X);
        Arguments.requireLength(who, "X", X, "y", y.length);
        Arguments.requireLabels(who, "y", y);
        int k = 0;
        for (int label : y) {
            k = Math.max(k, label + 1);
        }
        if (k < 2) {
            throw new IllegalArgumentException(who + ": y has only class " + (k - 1) + "; a classifier needs at least two classes");
        }
        int[] counts = new int[k];
        for (int label : y) {
            counts[label]++;
        }
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                throw new IllegalArgumentException(who + ": class " + c + " has no rows (labels must be 0, 1, …, k−1 with every class present; k = " + k + ")");
            }
        }
        return k;
    }

    /** Checks the matrix given to a fitted model: p columns, every entry finite. */
    static void features(String who, Matrix X, int p) {
        if (X.cols() != p) {
            throw new ShapeMismatchException(who + ": the model has " + p + " features, X is " + X.shape());
        }
        Arguments.requireFinite(who, "X", X);
    }

    /** Checks a value that must be finite and &gt; 0 (C, tol, cacheSize). */
    static double positive(String who, String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(who + ": " + name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** Checks an iteration cap: −1 (none) or ≥ 1. */
    static int maxIter(String who, int maxIter) {
        if (maxIter < -1 || maxIter == 0) {
            throw new IllegalArgumentException(who + ": maxIter must be −1 (no limit) or ≥ 1, got " + maxIter);
        }
        return maxIter;
    }

    /** Checks an epoch count: ≥ 1. */
    static int atLeastOne(String who, String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(who + ": " + name + " must be ≥ 1, got " + value);
        }
        return value;
    }
}
