package org.mlbyhand.exercises.ps4;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.svm.Kernel;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS4 · svm-decision — the decision function of a fitted SVM, from its support vectors and dual coefficients.
 *
 * <p>After training, w = Σᵢ αᵢyᵢφ(xᵢ) lives in the kernel's feature space and is never formed; only the
 * rows with αᵢ &gt; 0, the support vectors, are kept, with their dual coefficients cₛ = yₛαₛ (scikit-learn's
 * {@code dual_coef_}) and the intercept b ({@code intercept_}):
 * <pre>{@code
 *   f(x) = Σₛ cₛ·k(svₛ, x) + b          s over the support vectors;  positive means class 1
 * }</pre>
 * With the linear kernel this is wᵀx + b with w = Σₛ cₛ·svₛ (scikit-learn's {@code coef_}). Example,
 * linear kernel: sv = [[1, 0], [0, 1]], c = [0.5, −0.5], b = 0.25, x = [2, 1]: f = 0.5·2 − 0.5·1 + 0.25
 * = 0.75. With no support vectors, f = b everywhere.
 *
 * <p>Arguments: X is m×p, one point per row (not modified); supportVectors is nSV×p (not modified);
 * dualCoef has length nSV (not modified); the kernel is core's (call {@code kernel.apply(sv, x)}).
 * Throw {@link ShapeMismatchException} if dualCoef's length is not nSV or X and supportVectors have
 * different numbers of columns.
 *
 * <p>You need: {@code X.row(r)}, {@code supportVectors.row(s)}, {@code kernel.apply}. Do not call
 * {@code kernel.gram(...)} or core's {@code SvcModel}.
 *
 * <p>Classic traps: b is added once per point, not once per support vector; +b, scikit-learn's sign
 * (libsvm stores rho = −b); the decision value itself, not its sign (that is the prediction).
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=svm-decision}
 */
public final class DecisionFunction {
    private DecisionFunction() {
    }

    /**
     * Returns f(x_r) = Σₛ cₛ·k(svₛ, x_r) + b for every row r of X.
     *
     * @param X              m×p points (not modified)
     * @param supportVectors nSV×p support vectors (not modified)
     * @param dualCoef       the coefficients cₛ = yₛαₛ, length nSV (not modified)
     * @param intercept      b
     * @param kernel         the kernel k (not modified)
     * @return a new array of length m
     * @throws ShapeMismatchException if the shapes disagree
     */
    public static double[] values(Matrix X, Matrix supportVectors, double[] dualCoef, double intercept, Kernel kernel) {
        // TODO: check the shapes, then for each row x of X add up cₛ·k(svₛ, x) and add b.
        throw new NotImplementedYet("ps4 svm-decision");
    }
}
