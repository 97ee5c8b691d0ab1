package org.mlbyhand.graders.ps1;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The input checks of the classification exercises, as core makes them, for their bugs and correct
 * alternatives: each differs from the reference in the math only, never in what it rejects, so that a
 * bug fails only where its mistake shows. Also the condition the generators of binary problems require.
 */
final class LabelChecks {
    private LabelChecks() {
    }

    /** Throws IllegalArgumentException if y is empty or has a label outside [0, classes). */
    static void labels(String who, int[] y, int classes) {
        if (y.length == 0) {
            throw new IllegalArgumentException(who + ": y is empty");
        }
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= classes) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i] + " is outside [0, " + classes + ")");
            }
        }
    }

    /** The checks of bce(y, z): same lengths, labels 0 or 1, n ≥ 1, finite scores. */
    static void binaryScores(String who, int[] y, double[] z) {
        if (y.length != z.length) {
            throw new ShapeMismatchException(who + ": y has length " + y.length + ", z has length " + z.length);
        }
        labels(who, y, 2);
        RegressionInputs.finite(who, "z", z);
    }

    /** The checks of ce(y, Z): Z has n rows, n ≥ 1, labels in [0, k), finite scores. */
    static void scoreMatrix(String who, int[] y, Matrix Z) {
        if (Z.rows() != y.length) {
            throw new ShapeMismatchException(who + ": y has length " + y.length + ", Z is " + Z.shape());
        }
        RegressionInputs.finite(who, "Z", Z.toRowMajorArray());
        labels(who, y, Z.cols());
    }

    /** The checks of the bce gradient at (w, b): X n×p with n, p ≥ 1, y of length n in {0, 1}, w of length p, all finite. */
    static void linearScores(String who, Matrix X, int[] y, double[] w, double b) {
        if (y.length != X.rows() || w.length != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", y has length " + y.length
                    + ", w has length " + w.length);
        }
        if (X.rows() == 0 || X.cols() == 0) {
            throw new IllegalArgumentException(who + ": X is " + X.shape());
        }
        labels(who, y, 2);
        RegressionInputs.finite(who, "X", X.toRowMajorArray());
        RegressionInputs.finite(who, "w", w);
        RegressionInputs.finite(who, "b", b);
    }

    /** The checks of precision and recall: same lengths, n ≥ 1, every label 0 or 1. */
    static void predictions(int[] yTrue, int[] yPred) {
        if (yTrue.length != yPred.length) {
            throw new ShapeMismatchException("yTrue has length " + yTrue.length + ", yPred " + yPred.length);
        }
        if (yTrue.length == 0) {
            throw new IllegalArgumentException("no labels");
        }
        for (int i = 0; i < yTrue.length; i++) {
            if ((yTrue[i] != 0 && yTrue[i] != 1) || (yPred[i] != 0 && yPred[i] != 1)) {
                throw new IllegalArgumentException("labels must be 0 or 1, got " + yTrue[i] + " and " + yPred[i]);
            }
        }
    }

    /**
     * The checks of the ROC AUC: same lengths, labels 0 or 1, finite scores, both classes present.
     *
     * @return {P, N}, the numbers of positive and negative rows
     */
    static long[] rankedClasses(int[] y, double[] s) {
        if (y.length != s.length) {
            throw new ShapeMismatchException("yTrue has length " + y.length + ", score " + s.length);
        }
        long p = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("yTrue[" + i + "] = " + y[i]);
            }
            if (!Double.isFinite(s[i])) {
                throw new IllegalArgumentException("score[" + i + "] = " + s[i]);
            }
            p += y[i];
        }
        if (p == 0 || p == y.length) {
            throw new IllegalArgumentException("both classes are needed");
        }
        return new long[] {p, y.length - p};
    }

    /** Returns true when y holds at least one 0 and at least one 1. */
    static boolean bothClasses(int[] y) {
        boolean zero = false;
        boolean one = false;
        for (int label : y) {
            zero |= label == 0;
            one |= label == 1;
        }
        return zero && one;
    }
}
