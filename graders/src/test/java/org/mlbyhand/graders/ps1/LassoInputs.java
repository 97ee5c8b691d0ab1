package org.mlbyhand.graders.ps1;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The input checks of core's lasso code ({@code CoordinateDescent}, {@code Lasso.path}), for the buggy
 * implementations of the lasso exercises: each bug validates its input as core does, so that it fails
 * only where its mistake shows and not on the rejection checks.
 */
final class LassoInputs {
    private LassoInputs() {
    }

    /** X is n×p with n, p ≥ 1 and finite; y has length n and is finite. */
    static void requireData(String who, Matrix X, double[] y) {
        if (X.rows() == 0 || X.cols() == 0) {
            throw new IllegalArgumentException(who + ": X is " + X.shape() + "; needs a row and a column");
        }
        if (y.length != X.rows()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", y has length " + y.length);
        }
        String bad = X.firstNonFinite();
        if (bad != null) {
            throw new IllegalArgumentException(who + ": X has " + bad);
        }
        requireFinite(who, "y", y);
    }

    /** w has length p and is finite. */
    static void requireCoefficients(String who, Matrix X, double[] w) {
        if (w.length != X.cols()) {
            throw new ShapeMismatchException(who + ": X is " + X.shape() + ", w has length " + w.length);
        }
        requireFinite(who, "w", w);
    }

    /** α is finite and ≥ 0. */
    static void requireAlpha(String who, double alpha) {
        if (!(alpha >= 0.0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException(who + ": alpha must be finite and ≥ 0, got " + alpha);
        }
    }

    private static void requireFinite(String who, String name, double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(who + ": " + name + "[" + i + "] = " + v[i]);
            }
        }
    }
}
