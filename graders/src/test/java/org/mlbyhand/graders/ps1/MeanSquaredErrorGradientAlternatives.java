package org.mlbyhand.graders.ps1;

import java.util.List;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.graders.ps1.MeanSquaredErrorGradientGrader.Gradient;
import org.mlbyhand.grading.Alternative;

/**
 * Correct gradients of mse(y, X·w + b) computed in another order than the reference's
 * (2/n)·Xᵀ(ŷ − y): row by row, with the factor 2/n applied to the residual first, or one column at a
 * time. Each is a short sum per entry, so they agree to {@code Tolerance.ROUNDOFF}.
 */
final class MeanSquaredErrorGradientAlternatives {
    private MeanSquaredErrorGradientAlternatives() {
    }

    static final List<Alternative<Gradient>> ALL = List.of(
            new Alternative<>("one loop over the rows, accumulating dw and db", (X, y, w, b) -> {
                check(X, y, w, b);
                int n = X.rows();
                int p = X.cols();
                double[] dw = new double[p];
                double db = 0.0;
                for (int i = 0; i < n; i++) {
                    double yHat = b;
                    for (int j = 0; j < p; j++) {
                        yHat += X.get(i, j) * w[j];
                    }
                    double e = 2.0 * (yHat - y[i]) / n;   // ∂mse/∂ŷᵢ
                    for (int j = 0; j < p; j++) {
                        dw[j] += e * X.get(i, j);
                    }
                    db += e;
                }
                return new LinearGradient(dw, db);
            }),
            new Alternative<>("2/n applied to the residual first: e = (2/n)·(X·w + b − y), dw = Xᵀe", (X, y, w, b) -> {
                check(X, y, w, b);
                double[] e = X.multiply(w);                        // (n)
                for (int i = 0; i < e.length; i++) {
                    e[i] = (e[i] + b - y[i]) * (2.0 / e.length);
                }
                return new LinearGradient(X.transpose().multiply(e), Vectors.sum(e));
            }),
            new Alternative<>("one column at a time: dwⱼ = (2/n)·xⱼᵀr", (X, y, w, b) -> {
                check(X, y, w, b);
                int n = X.rows();
                double[] r = X.multiply(w);                        // (n)
                for (int i = 0; i < n; i++) {
                    r[i] += b - y[i];
                }
                double[] dw = new double[X.cols()];
                for (int j = 0; j < dw.length; j++) {
                    dw[j] = 2.0 * Vectors.dot(X.column(j), r) / n;
                }
                return new LinearGradient(dw, 2.0 * Vectors.sum(r) / n);
            }));

    private static void check(Matrix X, double[] y, double[] w, double b) {
        RegressionInputs.check("mseGradient", X, y);
        RegressionInputs.requireParameters("mseGradient", X, w, b);
    }
}
