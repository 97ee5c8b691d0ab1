package org.mlbyhand.graders.ps1;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The input checks of a regression problem (X, y), its parameters (w, b), its penalty α and its
 * gradient-descent run, as core's linear models make them, for the bugs, references and correct
 * alternatives of the regression and lasso exercises: each bug differs from the right answer in the
 * math, never in what it rejects, so that it fails only where its mistake shows.
 */
final class RegressionInputs {
    private RegressionInputs() {
    }

    /**
     * Throws unless X is n×p with n, p ≥ 1, y has length n, and every entry of both is finite.
     *
     * @throws IllegalArgumentException if X is empty or an entry is NaN or infinite
     * @throws ShapeMismatchException if y's length is not n
     */
    static void check(String who, Matrix X, double[] y) {
        if (X.rows() == 0 || X.cols() == 0) {
            throw new IllegalArgumentException(who + ": X is " + X.shape());
        }
        String bad = X.firstNonFinite();
        if (bad != null) {
            throw new IllegalArgumentException(who + ": X has " + bad);
        }
        if (y.length != X.rows()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", y has length " + y.length);
        }
        finite(who, "y", y);
    }

    /**
     * Throws unless the targets y and predictions ŷ have one length n ≥ 1 and are finite.
     *
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0 or an entry is NaN or infinite
     */
    static void checkPredictions(String who, double[] y, double[] yHat) {
        if (y.length != yHat.length) {
            throw new ShapeMismatchException(who + ": y has length " + y.length + ", yHat has length " + yHat.length);
        }
        if (y.length == 0) {
            throw new IllegalArgumentException(who + ": y is empty");
        }
        finite(who, "y", y);
        finite(who, "yHat", yHat);
    }

    /**
     * Throws unless X has at least p + 1 rows, as many as the p coefficients and the intercept need for
     * a unique least-squares fit (core's LinearRegression makes the same check).
     */
    static void requireEnoughRows(String who, Matrix X) {
        if (X.rows() < X.cols() + 1) {
            throw new IllegalArgumentException(who + ": X is " + X.shape() + "; " + X.cols()
                    + " coefficients and an intercept need at least " + (X.cols() + 1) + " rows");
        }
    }

    /** Throws unless w has length p (X's columns) and is finite, and b is finite. */
    static void requireParameters(String who, Matrix X, double[] w, double b) {
        requireCoefficients(who, X, w);
        finite(who, "b", b);
    }

    /** Throws IllegalArgumentException unless the learning rate is finite and &gt; 0 and steps ≥ 0. */
    static void requireRun(String who, double learningRate, int steps) {
        if (!(learningRate > 0.0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException(who + ": learningRate must be finite and > 0, got " + learningRate);
        }
        if (steps < 0) {
            throw new IllegalArgumentException(who + ": steps must be ≥ 0, got " + steps);
        }
    }

    /** Throws IllegalArgumentException unless there is at least one alpha and each is finite and ≥ 0. */
    static void requireAlphas(String who, double[] alphas) {
        if (alphas.length == 0) {
            throw new IllegalArgumentException(who + ": alphas is empty");
        }
        for (double alpha : alphas) {
            requireAlpha(who, alpha);
        }
    }

    /** Throws unless w has length p (X's columns) and is finite. */
    static void requireCoefficients(String who, Matrix X, double[] w) {
        if (w.length != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", w has length " + w.length);
        }
        finite(who, "w", w);
    }

    /** Throws unless α is finite and ≥ 0. */
    static void requireAlpha(String who, double alpha) {
        if (!(alpha >= 0.0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException(who + ": alpha must be finite and ≥ 0, got " + alpha);
        }
    }

    /** Throws IllegalArgumentException naming the first entry of v that is NaN or infinite. */
    static void finite(String who, String name, double... v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(who + ": " + name + "[" + i + "] = " + v[i]);
            }
        }
    }
}
