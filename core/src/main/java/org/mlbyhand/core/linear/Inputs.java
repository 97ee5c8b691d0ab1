package org.mlbyhand.core.linear;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The checks every trainer makes before it fits, so that bad input fails at once with a message that
 * names the trainer, the shapes and the offending value instead of surfacing later as a NaN model. The
 * entry checks are {@link Arguments}'s, with its wording; the hyper-parameter checks are this package's.
 */
final class Inputs {
    private Inputs() {
    }

    /** Checks a regression problem: X is n×p with n, p ≥ 1, y has length n, both finite. */
    static void regression(String who, Matrix X, double[] y) {
        matrix(who, X);
        Arguments.requireLength(who, "X", X, "y", y.length);
        Arguments.requireFinite(who, "y", y);
    }

    /**
     * Checks a classification problem with labels 0, …, k−1 and returns k; every class must have at
     * least one row and there must be at least two classes.
     */
    static int classification(String who, Matrix X, int[] y) {
        matrix(who, X);
        Arguments.requireLength(who, "X", X, "y", y.length);
        Arguments.requireLabels(who, "y", y);
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

    /** Checks X: at least one row and one column, every entry finite. */
    static void matrix(String who, Matrix X) {
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireFinite(who, "X", X);
    }

    /** Checks the matrix given to a fitted model's predict: p columns, every entry finite. */
    static void features(String who, Matrix X, int p) {
        if (X.cols() != p) {
            throw new ShapeMismatchException(who + ": the model has " + p + " features, X is " + X.shape());
        }
        Arguments.requireFinite(who, "X", X);
    }

    /** Checks a penalty strength: finite and ≥ 0. */
    static double alpha(String who, double alpha) {
        if (!(alpha >= 0.0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException(who + ": alpha must be finite and ≥ 0, got " + alpha);
        }
        return alpha;
    }

    /** Checks a value that must be finite and &gt; 0 (a learning rate, C). */
    static double positive(String who, String name, double value) {
        if (!(value > 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(who + ": " + name + " must be finite and > 0, got " + value);
        }
        return value;
    }

    /** Checks a tolerance: finite and ≥ 0. */
    static double tol(String who, double tol) {
        if (!(tol >= 0.0) || Double.isInfinite(tol)) {
            throw new IllegalArgumentException(who + ": tol must be finite and ≥ 0, got " + tol);
        }
        return tol;
    }

    /** Checks an iteration or epoch count: ≥ 1. */
    static int atLeastOne(String who, String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(who + ": " + name + " must be ≥ 1, got " + value);
        }
        return value;
    }

    /** Checks a path's alphas: at least one, each finite and ≥ 0. */
    static double[] alphas(String who, double[] alphas) {
        if (alphas.length == 0) {
            throw new IllegalArgumentException(who + ": alphas is empty; a path needs at least one alpha");
        }
        for (int i = 0; i < alphas.length; i++) {
            if (!(alphas[i] >= 0.0) || Double.isInfinite(alphas[i])) {
                throw new IllegalArgumentException(who + ": alphas[" + i + "] must be finite and ≥ 0, got " + alphas[i]);
            }
        }
        return alphas.clone();
    }
}
