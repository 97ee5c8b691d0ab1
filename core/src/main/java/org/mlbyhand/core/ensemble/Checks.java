package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The checks the forests and gradient boosting make before any work, in {@link Arguments}'s wording
 * ({@code "RandomForestClassifier.fit: X[3][1] is NaN"}, {@code "… X is 6×2, y has length 5"}), and
 * their hyper-parameter checks ({@code "GradientBoostingRegressor: learningRate must be finite and > 0, got 0.0"}).
 */
final class Checks {
    private Checks() {
    }

    /** Checks X (n ≥ 1 rows, p ≥ 1 columns, finite) and finite targets y of length n. */
    static void regression(String who, Matrix X, double[] y) {
        matrix(who, X);
        Arguments.requireLength(who, "X", X, "y", y.length);
        Arguments.requireFinite(who, "y", y);
    }

    /**
     * Checks X (n ≥ 1 rows, p ≥ 1 columns, finite) and labels y of length n, and returns k: the labels
     * must be 0, 1, …, k−1 with every class present and k ≥ 2.
     */
    static int classification(String who, Matrix X, int[] y) {
        matrix(who, X);
        Arguments.requireLength(who, "X", X, "y", y.length);
        Arguments.requireLabels(who, "y", y);
        return classes(who, y);
    }

    /** Returns k = max(y) + 1 after checking that y (labels ≥ 0) has at least two classes, every one present. */
    static int classes(String who, int[] y) {
        int k = 0;
        for (int label : y) {
            k = Math.max(k, label + 1);
        }
        int[] counts = new int[k];
        for (int label : y) {
            counts[label]++;
        }
        if (k < 2) {
            throw new IllegalArgumentException(who + ": y has only class " + (k - 1) + "; a classifier needs at least two classes");
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

    /** Checks a count that must be ≥ min (nEstimators, maxDepth, minSamplesLeaf, …). */
    static int atLeast(String who, String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(who + ": " + name + " must be ≥ " + min + ", got " + value);
        }
        return value;
    }

    /** Checks a value that must be finite and &gt; 0 (learningRate). */
    static double positive(String who, String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(who + ": " + name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** Checks a value that must be finite and ≥ 0 (tol, minImpurityDecrease, ccpAlpha). */
    static double nonNegative(String who, String name, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(who + ": " + name + " must be finite and ≥ 0, got " + value);
        }
        return value;
    }

    /** Checks a fraction in (0, 1] (subsample). */
    static double fractionUpToOne(String who, String name, double value) {
        if (!(value > 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(who + ": " + name + " must be in (0, 1], got " + value);
        }
        return value;
    }

    /** Checks a fraction in (0, 1), both ends excluded (validationFraction, Huber's alpha). */
    static double openFraction(String who, String name, double value) {
        if (!(value > 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(who + ": " + name + " must be in (0, 1), got " + value);
        }
        return value;
    }

    /** Checks that an argument is not null (so that no NullPointerException escapes). */
    static <T> T notNull(String who, String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(who + ": " + name + " is null");
        }
        return value;
    }

    private static void matrix(String who, Matrix X) {
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireFinite(who, "X", X);
    }
}
