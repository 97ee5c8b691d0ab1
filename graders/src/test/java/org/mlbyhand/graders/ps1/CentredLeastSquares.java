package org.mlbyhand.graders.ps1;

import java.util.Locale;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.core.property.Conditioning;
import org.mlbyhand.grading.Expect;
import org.mlbyhand.grading.Tolerance;

/**
 * What the graders of the closed-form fits with an unpenalized intercept (ols, ridge) share, for the
 * objective
 * <pre>{@code
 *   L(w, b) = ‖y − X·w − b·1‖² + α‖w‖²          α ≥ 0 (0 for ols)
 * }</pre>
 * the conditioning of the problem the learner solves, so that random cases can be kept to those where
 * any correct solution agrees with the reference to {@link Tolerance#CLOSED_FORM}, and the optimality
 * conditions, which need no reference.
 */
final class CentredLeastSquares {
    private CentredLeastSquares() {
    }

    /**
     * Returns the Frobenius condition number of the stacked centred design,
     * <pre>{@code
     *   S = [Xc; √α·I]  ((n+p)×p),   κ_F(S) = ‖S‖_F · ‖R⁻¹‖_F   for S = Q·R
     * }</pre>
     * whose square bounds the condition number of the p×p system (XcᵀXc + α·I)·w = Xcᵀyc that the
     * learner solves by Cholesky (SᵀS is that matrix): a solve is accurate to about κ_F(S)²·u. Huge (or +∞) when
     * S is rank deficient (α = 0 and dependent centred columns).
     *
     * @param X     n×p (not modified)
     * @param alpha α ≥ 0
     */
    static double condition(Matrix X, double alpha) {
        int n = X.rows();
        int p = X.cols();
        Matrix Xc = LinearFitSteps.centred(X, true);
        Matrix S = Matrix.zeros(n + p, p);   // (n+p)×p: [Xc; √α·I]
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                S.set(i, j, Xc.get(i, j));
            }
        }
        for (int j = 0; j < p; j++) {
            S.set(n + j, j, Math.sqrt(alpha));
        }
        return Conditioning.frobenius(S);
    }

    /**
     * Demands that {@code result} is a {@link LinearParameters} (w, b) at which the gradient of L is zero,
     * <pre>{@code
     *   r = y − X·w − b·1          the residual
     *   ∂L/∂b = −2·Σᵢ rᵢ = 0       the residuals sum to 0
     *   ∂L/∂w = −2·(Xᵀr − α·w) = 0  Xᵀr = α·w (for α = 0: r is orthogonal to every column of X)
     * }</pre>
     * each within {@link Tolerance#CLOSED_FORM} of the size of the terms it sums, with
     * T = ‖y‖ + ‖X‖_F·‖w‖ + √n·|b| bounding ‖r‖'s terms: |Σr| ≤ tol·√n·T and
     * |(Xᵀr − α·w)ⱼ| ≤ tol·(‖X‖_F·T + α·‖w‖). On the grader's well-conditioned cases a correct solution's
     * round-off is about κ_F² ≤ 4e4 units of 1e-16 of these, far inside.
     */
    static void expectStationary(Matrix X, double[] y, double alpha, Object result) {
        int n = X.rows();
        int p = X.cols();
        Expect.that(result instanceof LinearParameters, "your code must return a LinearParameters(w, b).");
        LinearParameters fit = (LinearParameters) result;
        double[] w = fit.w();
        double b = fit.b();
        Expect.that(w != null && w.length == p, "w must have one entry per column of X (" + p + ").");
        double[] r = Vectors.subtract(y, X.multiply(w));
        for (int i = 0; i < n; i++) {
            r[i] -= b;
        }
        double terms = Vectors.norm(y) + X.frobeniusNorm() * Vectors.norm(w) + Math.sqrt(n) * Math.abs(b);
        double tol = Tolerance.CLOSED_FORM.relative();
        double sum = Vectors.sum(r);
        double allowedSum = tol * Math.sqrt(n) * terms;
        Expect.that(Math.abs(sum) <= allowedSum, String.format(Locale.ROOT,
                "the residuals r = y − X·w − b sum to %s, but at the minimum over b they sum to 0 (∂L/∂b ="
                        + " −2·Σr): shifting b by Σr/n would lower the squared error\n  (allowed |Σr| ≤ %s;"
                        + " w = %s, b = %s)",
                MatrixFormat.number(sum), MatrixFormat.number(allowedSum), MatrixFormat.format(w),
                MatrixFormat.number(b)));
        double[] g = X.transpose().multiply(r);
        double allowed = tol * (X.frobeniusNorm() * terms + alpha * Vectors.norm(w));
        for (int j = 0; j < p; j++) {
            double gj = g[j] - alpha * w[j];
            Expect.that(Math.abs(gj) <= allowed, String.format(Locale.ROOT, alpha == 0.0
                    ? "entry %d of Xᵀr is %s, but at the minimum it is 0 (∂L/∂w = −2·Xᵀr): the residual"
                            + " r = y − X·w − b must be orthogonal to every column of X\n  (allowed |entry| ≤ %s;"
                            + " w = %s, b = %s)"
                    : "entry %d of Xᵀr − α·w is %s, but at the minimum it is 0 (∂L/∂w = −2·(Xᵀr − α·w),"
                            + " r = y − X·w − b)\n  (allowed |entry| ≤ %s; w = %s, b = %s)",
                    j, MatrixFormat.number(gj), MatrixFormat.number(allowed), MatrixFormat.format(w),
                    MatrixFormat.number(b)));
        }
    }
}
