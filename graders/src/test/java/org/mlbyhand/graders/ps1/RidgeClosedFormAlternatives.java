package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.decompose.LeastSquares;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.graders.ps1.RidgeClosedFormGrader.Fit;
import org.mlbyhand.grading.Alternative;

/**
 * Correct ridge fits that take another route than the reference's QR of the centred stack
 * [Xc; √α·I]: no centring at all, with a column of ones whose coefficient b is left out of the penalty
 * (by Cholesky of the normal equations, or by QR of the stack [X 1; √α·I 0]); or the centred system
 * summed by hand, with b as the mean residual. On the grader's problems (κ_F([Xc; √α·I]) ≤ 200) each
 * agrees to {@code Tolerance.CLOSED_FORM}, and with α = 0 and a singular system each throws an
 * ArithmeticException (Cholesky's NotPositiveDefiniteException or QR's SingularMatrixException).
 */
final class RidgeClosedFormAlternatives {
    private RidgeClosedFormAlternatives() {
    }

    static final List<Alternative<Fit>> ALL = List.of(
            new Alternative<>("Cholesky on [X 1], α on w's diagonal entries only, b the last unknown", (X, y, alpha) -> {
                check(X, y, alpha);
                return LinearFitSteps.fitWithOnesColumn(X, y, alpha);
            }),
            new Alternative<>("QR least squares of the stack [X 1; √α·I 0] against [y; 0]", (X, y, alpha) -> {
                check(X, y, alpha);
                int n = X.rows();
                int p = X.cols();
                Matrix A = Matrix.zeros(n + p, p + 1);                        // (n+p, p+1)
                Matrix ones = LinearFitSteps.withOnesColumn(X, p);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= p; j++) {
                        A.set(i, j, ones.get(i, j));
                    }
                }
                for (int j = 0; j < p; j++) {
                    A.set(n + j, j, Math.sqrt(alpha));
                }
                double[] theta = LeastSquares.solve(A, Arrays.copyOf(y, n + p));   // [w; b]
                return new LinearParameters(Arrays.copyOf(theta, p), theta[p]);
            }),
            new Alternative<>("centred system summed by hand, y not centred, b = mean of y − X·w", (X, y, alpha) -> {
                check(X, y, alpha);
                double[] w = LinearFitSteps.solveCentredBySums(X, y, alpha);
                return new LinearParameters(w, LinearFitSteps.meanResidual(X, y, w));
            }));

    private static void check(Matrix X, double[] y, double alpha) {
        RegressionInputs.requireAlpha("fit", alpha);
        RegressionInputs.check("fit", X, y);
    }
}
