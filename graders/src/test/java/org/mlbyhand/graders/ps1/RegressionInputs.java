package org.mlbyhand.graders.ps1;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The input checks of a regression problem (X, y), as core's linear models make them, for the bugs
 * and references of the mse-gradient, gd, ols and ridge exercises: the bugs differ from the right answer in the
 * math, never in what they reject.
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
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new IllegalArgumentException(who + ": y[" + i + "] = " + y[i]);
            }
        }
    }
}
