package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.decompose.Cholesky;
import org.mlbyhand.core.decompose.LeastSquares;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.grading.Alternative;

/**
 * Correct least-squares fits that take another route than the reference's centred normal equations:
 * Householder QR of [X 1] (no normal equations at all: the better method, which the stub's lesson does
 * not forbid); the normal equations of [X 1] with b as their last unknown; the centred system summed by
 * hand with y left uncentred and b as the mean residual; and the covariance form, both sides divided
 * by n. On the grader's well-conditioned problems each agrees to {@code Tolerance.CLOSED_FORM}; on a
 * singular one each throws an ArithmeticException (NotPositiveDefiniteException from Cholesky,
 * SingularMatrixException from QR), which is what the grader asks for.
 */
final class OrdinaryLeastSquaresAlternatives {
    private OrdinaryLeastSquaresAlternatives() {
    }

    static final List<Alternative<BiFunction<Matrix, double[], LinearParameters>>> ALL = List.of(
            new Alternative<>("Householder QR of [X 1], no normal equations", (X, y) -> {
                check(X, y);
                double[] theta = LeastSquares.solve(LinearFitSteps.withOnesColumn(X, X.cols()), y);  // (p + 1)
                return new LinearParameters(java.util.Arrays.copyOf(theta, X.cols()), theta[X.cols()]);
            }),
            new Alternative<>("normal equations of [X 1], no centring, b the last unknown", (X, y) -> {
                check(X, y);
                return LinearFitSteps.fitWithOnesColumn(X, y, 0.0);
            }),
            new Alternative<>("centred system summed by hand, y not centred, b = mean of y − X·w", (X, y) -> {
                check(X, y);
                double[] w = LinearFitSteps.solveCentredBySums(X, y, 0.0);
                return new LinearParameters(w, LinearFitSteps.meanResidual(X, y, w));
            }),
            new Alternative<>("covariance form: (XcᵀXc/n)·w = Xcᵀyc/n", (X, y) -> {
                check(X, y);
                int n = X.rows();
                Matrix Xc = LinearFitSteps.centred(X, true);
                Matrix XcT = Xc.transpose();                                  // (p, n)
                double[] c = XcT.multiply(LinearFitSteps.centred(y, true));  // (p)
                for (int j = 0; j < c.length; j++) {
                    c[j] /= n;
                }
                double[] w = Cholesky.of(XcT.multiply(Xc).scale(1.0 / n)).solve(c);
                return new LinearParameters(w, LinearFitSteps.interceptThroughMeans(X, y, w));
            }));

    private static void check(Matrix X, double[] y) {
        RegressionInputs.check("fit", X, y);
        RegressionInputs.requireEnoughRows("fit", X);
    }
}
