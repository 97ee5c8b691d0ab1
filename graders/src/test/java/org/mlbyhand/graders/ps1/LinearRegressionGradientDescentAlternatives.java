package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.graders.ps1.LinearRegressionGradientDescentGrader.Fit;
import org.mlbyhand.grading.Alternative;

/**
 * Correct gradient descents that do not call {@code Losses.mseGradient}: the gradient written by hand
 * row by row, and w and b moved as one vector θ = [w; b] on the design [X 1]. Each step is the same
 * contraction as the reference's, so their round-off does not grow and they agree to
 * {@code Tolerance.CLOSED_FORM} after 20 steps and converge alike.
 */
final class LinearRegressionGradientDescentAlternatives {
    private LinearRegressionGradientDescentAlternatives() {
    }

    static final List<Alternative<Fit>> ALL = List.of(
            new Alternative<>("gradient written by hand, one loop over the rows", (X, y, eta, steps) -> {
                check(X, y, eta, steps);
                int n = X.rows();
                int p = X.cols();
                double[] w = new double[p];
                double b = 0.0;
                for (int t = 0; t < steps; t++) {
                    double[] dw = new double[p];
                    double db = 0.0;
                    for (int i = 0; i < n; i++) {
                        double r = b - y[i];                               // ŷᵢ − yᵢ
                        for (int j = 0; j < p; j++) {
                            r += X.get(i, j) * w[j];
                        }
                        for (int j = 0; j < p; j++) {
                            dw[j] += 2.0 / n * r * X.get(i, j);
                        }
                        db += 2.0 / n * r;
                    }
                    for (int j = 0; j < p; j++) {
                        w[j] -= eta * dw[j];
                    }
                    b -= eta * db;
                }
                return new LinearParameters(w, b);
            }),
            new Alternative<>("θ = [w; b] on [X 1]: θ ← θ − η·(2/n)·[X 1]ᵀ([X 1]·θ − y)", (X, y, eta, steps) -> {
                check(X, y, eta, steps);
                int p = X.cols();
                Matrix A = LinearFitSteps.withOnesColumn(X, p);            // (n, p+1)
                Matrix At = A.transpose();
                double[] theta = new double[p + 1];
                for (int t = 0; t < steps; t++) {
                    double[] r = A.multiply(theta);                        // (n) ŷ − y
                    for (int i = 0; i < r.length; i++) {
                        r[i] -= y[i];
                    }
                    double[] g = At.multiply(r);                           // (p+1)
                    for (int j = 0; j <= p; j++) {
                        theta[j] -= eta * 2.0 * g[j] / X.rows();
                    }
                }
                return new LinearParameters(Arrays.copyOf(theta, p), theta[p]);
            }));

    private static void check(Matrix X, double[] y, double eta, int steps) {
        RegressionInputs.requireRun("gd", eta, steps);
        RegressionInputs.check("gd", X, y);
    }
}
