package org.mlbyhand.core.cluster;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The checks this package makes before it fits or predicts, so that bad input fails at once with a
 * message naming the call, the shapes and the offending value. Entry checks are
 * {@link Arguments}'s, with its wording; the hyper-parameter checks are this package's.
 */
final class Checks {
    private Checks() {
    }

    /** Checks a training matrix: at least one row and one column, every entry finite. */
    static void matrix(String who, Matrix X) {
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireFinite(who, "X", X);
    }

    /** Checks a training matrix and that it has at least k rows: k clusters need k points. */
    static void atLeastKRows(String who, Matrix X, int k, String kName) {
        matrix(who, X);
        if (X.rows() < k) {
            throw new IllegalArgumentException(who + ": X is " + X.shape() + ", fewer rows than " + kName + " = " + k
                    + "; each cluster needs at least one point");
        }
    }

    /** Checks the matrix given to a fitted model: p columns, every entry finite. */
    static void features(String who, Matrix X, int p) {
        if (X.cols() != p) {
            throw new ShapeMismatchException(who + ": the model has " + p + " features, X is " + X.shape());
        }
        Arguments.requireFinite(who, "X", X);
    }

    /** Checks given centres (or means): k×p, finite. */
    static void centres(String who, String name, Matrix C, int k, int p) {
        if (C.rows() != k || C.cols() != p) {
            throw new ShapeMismatchException(who + ": " + name + " is " + C.shape() + ", expected " + k + "×" + p
                    + " (k × the number of columns of X)");
        }
        Arguments.requireFinite(who, name, C);
    }

    /** Checks labels: one per row of X, each in [0, k). */
    static void labels(String who, Matrix X, int[] labels, int k) {
        Arguments.requireLength(who, "X", X, "labels", labels.length);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw new IllegalArgumentException(who + ": labels[" + i + "] = " + labels[i] + " is not a cluster in [0, "
                        + k + ")");
            }
        }
    }

    /** Checks responsibilities: n×k with n the rows of X and k ≥ 1, every entry finite and ≥ 0. */
    static void responsibilities(String who, Matrix X, Matrix R) {
        if (R.rows() != X.rows() || R.cols() == 0) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", R is " + R.shape()
                    + "; responsibilities need one row per row of X and at least one column");
        }
        Arguments.requireFinite(who, "R", R);
        double[] r = R.toRowMajorArray();
        for (int e = 0; e < r.length; e++) {
            if (r[e] < 0.0) {
                throw new IllegalArgumentException(who + ": R[" + e / R.cols() + "][" + e % R.cols() + "] = " + r[e]
                        + " is negative; responsibilities are probabilities");
            }
        }
    }

    /** Checks a count that must be ≥ 1 (k, nInit, maxIter, batchSize). */
    static int atLeastOne(String who, String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(who + ": " + name + " must be ≥ 1, got " + value);
        }
        return value;
    }

    /** Checks a count that must be ≥ 0 (0 meaning "off" or "the default"). */
    static int atLeastZero(String who, String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(who + ": " + name + " must be ≥ 0, got " + value);
        }
        return value;
    }

    /** Checks a value that must be finite and ≥ 0 (tol, regCovar, reassignmentRatio). */
    static double nonNegative(String who, String name, double value) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(who + ": " + name + " must be finite and ≥ 0, got " + value);
        }
        return value;
    }
}
