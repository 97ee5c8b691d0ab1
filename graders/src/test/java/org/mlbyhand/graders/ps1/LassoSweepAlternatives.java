package org.mlbyhand.graders.ps1;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.CoordinateDescent;
import org.mlbyhand.graders.ps1.LassoSweepGrader.Sweep;
import org.mlbyhand.grading.Alternative;

/**
 * Correct sweeps that compute zⱼ = xⱼᵀ(r + xⱼ·wⱼ) another way than the reference's residual kept up to
 * date: the residual recomputed from scratch for every coordinate; zⱼ = xⱼᵀr + ‖xⱼ‖²·wⱼ without adding
 * xⱼ·wⱼ back into r; and the covariance form zⱼ = xⱼᵀy − Σ_{k≠j} (xⱼᵀxₖ)·wₖ from the Gram matrix, as
 * glmnet does. Each is a few short sums per coordinate, so they agree to {@code Tolerance.ROUNDOFF}.
 */
final class LassoSweepAlternatives {
    private LassoSweepAlternatives() {
    }

    static final List<Alternative<Sweep>> ALL = List.of(
            new Alternative<>("residual recomputed from scratch for every coordinate", (X, y, w0, alpha) -> {
                check(X, y, w0, alpha);
                int n = X.rows();
                double[] w = w0.clone();
                for (int j = 0; j < w.length; j++) {
                    double squaredNorm = 0.0;
                    double z = 0.0;
                    for (int i = 0; i < n; i++) {
                        double rWithoutJ = y[i];                          // yᵢ − Σ_{k≠j} xᵢₖwₖ
                        for (int k = 0; k < w.length; k++) {
                            rWithoutJ -= k == j ? 0.0 : X.get(i, k) * w[k];
                        }
                        z += X.get(i, j) * rWithoutJ;
                        squaredNorm += X.get(i, j) * X.get(i, j);
                    }
                    if (squaredNorm > 0.0) {
                        w[j] = CoordinateDescent.softThreshold(z, n * alpha) / squaredNorm;
                    }
                }
                return w;
            }),
            new Alternative<>("zⱼ = xⱼᵀr + ‖xⱼ‖²·wⱼ, with r = y − X·w updated after each coordinate", (X, y, w0, alpha) -> {
                check(X, y, w0, alpha);
                int n = X.rows();
                double[] w = w0.clone();
                double[] r = y.clone();
                double[] Xw = X.multiply(w);                              // (n)
                for (int i = 0; i < n; i++) {
                    r[i] -= Xw[i];
                }
                for (int j = 0; j < w.length; j++) {
                    double squaredNorm = 0.0;
                    double xr = 0.0;
                    for (int i = 0; i < n; i++) {
                        squaredNorm += X.get(i, j) * X.get(i, j);
                        xr += X.get(i, j) * r[i];
                    }
                    if (squaredNorm == 0.0) {
                        continue;
                    }
                    double next = CoordinateDescent.softThreshold(xr + squaredNorm * w[j], n * alpha) / squaredNorm;
                    for (int i = 0; i < n; i++) {
                        r[i] -= X.get(i, j) * (next - w[j]);
                    }
                    w[j] = next;
                }
                return w;
            }),
            new Alternative<>("covariance form: zⱼ = xⱼᵀy − Σ_{k≠j} (xⱼᵀxₖ)·wₖ from the Gram matrix", (X, y, w0, alpha) -> {
                check(X, y, w0, alpha);
                int n = X.rows();
                Matrix Xt = X.transpose();
                Matrix G = Xt.multiply(X);                                // (p, p)
                double[] c = Xt.multiply(y);                              // (p) Xᵀy
                double[] w = w0.clone();
                for (int j = 0; j < w.length; j++) {
                    if (G.get(j, j) == 0.0) {
                        continue;
                    }
                    double z = c[j];
                    for (int k = 0; k < w.length; k++) {
                        z -= k == j ? 0.0 : G.get(j, k) * w[k];
                    }
                    w[j] = CoordinateDescent.softThreshold(z, n * alpha) / G.get(j, j);
                }
                return w;
            }));

    private static void check(Matrix X, double[] y, double[] w, double alpha) {
        RegressionInputs.check("sweep", X, y);
        RegressionInputs.requireCoefficients("sweep", X, w);
        RegressionInputs.requireAlpha("sweep", alpha);
    }
}
