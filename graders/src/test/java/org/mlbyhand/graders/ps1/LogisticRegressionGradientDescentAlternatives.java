package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearParameters;
import org.mlbyhand.graders.ps1.LogisticRegressionGradientDescentGrader.Fit;
import org.mlbyhand.grading.Alternative;

/**
 * Correct gradient descents on J(w, b) = (1/n)·Σᵢ[log(1 + e^zᵢ) − yᵢ·zᵢ] + ‖w‖²/(2·C·n), written
 * differently from the grader's reference loop (core's log-loss gradient plus w/(C·n), then
 * w ← w − η·dw), each of which the grader must accept. They take the same steps in exact arithmetic and
 * round differently; with η ≤ 1/L the step map does not amplify that.
 */
final class LogisticRegressionGradientDescentAlternatives {
    private LogisticRegressionGradientDescentAlternatives() {
    }

    static final List<Alternative<Fit>> ALL = List.of(
            new Alternative<>("the gradient written by hand, row by row: (1/n)·Σᵢ (σ(zᵢ) − yᵢ)·(xᵢ, 1)",
                    LogisticRegressionGradientDescentAlternatives::byHand),
            new Alternative<>("the penalty as weight decay: w ← (1 − η/(C·n))·w − η·(1/n)·Xᵀ(σ(z) − y)",
                    LogisticRegressionGradientDescentAlternatives::weightDecay),
            new Alternative<>("θ = (w, b) on [X 1], core's gradient at intercept 0, the penalty masked off θ's last entry",
                    LogisticRegressionGradientDescentAlternatives::augmented));

    private static LinearParameters byHand(Matrix X, int[] y, double C, double eta, int steps) {
        LogisticRegressionGradientDescentGrader.checkArguments(C, eta, steps);
        int n = X.rows();
        int p = X.cols();
        double[] w = new double[p];
        double b = 0.0;
        for (int t = 0; t < steps; t++) {
            LabelChecks.linearScores("fit", X, y, w, b);
            double[] dw = new double[p];
            double db = 0.0;
            for (int i = 0; i < n; i++) {
                double z = b;
                for (int j = 0; j < p; j++) {
                    z += X.get(i, j) * w[j];
                }
                double e = (Activations.sigmoid(z) - y[i]) / n;
                for (int j = 0; j < p; j++) {
                    dw[j] += X.get(i, j) * e;
                }
                db += e;
            }
            for (int j = 0; j < p; j++) {
                w[j] -= eta * (dw[j] + w[j] / (C * n));
            }
            b -= eta * db;
        }
        return new LinearParameters(w, b);
    }

    private static LinearParameters weightDecay(Matrix X, int[] y, double C, double eta, int steps) {
        LogisticRegressionGradientDescentGrader.checkArguments(C, eta, steps);
        double decay = 1.0 - eta / (C * X.rows());
        double[] w = new double[X.cols()];
        double b = 0.0;
        for (int t = 0; t < steps; t++) {
            LinearGradient g = Losses.binaryCrossEntropyGradient(X, y, w, b);
            for (int j = 0; j < w.length; j++) {
                w[j] = decay * w[j] - eta * g.dw()[j];
            }
            b -= eta * g.db();
        }
        return new LinearParameters(w, b);
    }

    private static LinearParameters augmented(Matrix X, int[] y, double C, double eta, int steps) {
        LogisticRegressionGradientDescentGrader.checkArguments(C, eta, steps);
        int p = X.cols();
        Matrix X1 = LinearFitSteps.withOnesColumn(X, p);              // n×(p+1), last column all 1
        double[] theta = new double[p + 1];                           // (w, b)
        for (int t = 0; t < steps; t++) {
            double[] d = Losses.binaryCrossEntropyGradient(X1, y, theta, 0.0).dw();
            for (int j = 0; j <= p; j++) {
                double penalty = j < p ? theta[j] / (C * X.rows()) : 0.0;
                theta[j] -= eta * (d[j] + penalty);
            }
        }
        return new LinearParameters(Arrays.copyOf(theta, p), theta[p]);
    }
}
