package org.mlbyhand.graders.ps1;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The input checks of a regression problem (X, y), its coefficients w and its penalty α, as core's
 * linear models make them, for the bugs and references of the regression and lasso exercises: each bug
 * differs from the right answer in the math, never in what it rejects, so that it fails only where its
 * mistake shows.
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
