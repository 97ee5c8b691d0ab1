package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import java.util.List;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.graders.ps1.BinaryCrossEntropyGradientBugs.Gradient;
import org.mlbyhand.grading.Alternative;

/**
 * Correct gradients of the binary cross-entropy written differently from core's (which forms
 * e = σ(X·w + b) − y, then Xᵀe and Σe, then scales both by 1/n), each of which the grader must accept.
 * They sum in other orders or round the residual differently, so they differ from core by round-off,
 * which the grader's random cases keep below its tolerance.
 */
final class BinaryCrossEntropyGradientAlternatives {
    private BinaryCrossEntropyGradientAlternatives() {
    }

    static final List<Alternative<Gradient>> ALL = List.of(
            new Alternative<>("residuals first, then each column's sum of X[i][j]·eᵢ/n, each term divided by n",
                    BinaryCrossEntropyGradientAlternatives::columnByColumn),
            new Alternative<>("the residual of a positive row written as −σ(−zᵢ), which keeps its digits",
                    BinaryCrossEntropyGradientAlternatives::complementResidual),
            new Alternative<>("the intercept as a column of ones: (dw, db) = [X 1]ᵀ(σ(z) − y)/n in one product",
                    BinaryCrossEntropyGradientAlternatives::augmented));

    private static LinearGradient columnByColumn(Matrix X, int[] y, double[] w, double b) {
        LabelChecks.linearScores("gradient", X, y, w, b);
        int n = X.rows();
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            double z = 0.0;
            for (int j = 0; j < X.cols(); j++) {
                z += X.get(i, j) * w[j];
            }
            e[i] = Activations.sigmoid(z + b) - y[i];
        }
        double[] dw = new double[X.cols()];
        for (int j = 0; j < dw.length; j++) {
            for (int i = 0; i < n; i++) {
                dw[j] += X.get(i, j) * e[i] / n;
            }
        }
        double db = 0.0;
        for (int i = 0; i < n; i++) {
            db += e[i] / n;
        }
        return new LinearGradient(dw, db);
    }

    private static LinearGradient complementResidual(Matrix X, int[] y, double[] w, double b) {
        LabelChecks.linearScores("gradient", X, y, w, b);
        double[] z = X.multiply(w);                                   // n
        double[] e = new double[z.length];
        double db = 0.0;
        for (int i = 0; i < z.length; i++) {
            e[i] = y[i] == 1 ? -Activations.sigmoid(-(z[i] + b)) : Activations.sigmoid(z[i] + b);
            db += e[i];
        }
        double[] dw = X.transpose().multiply(e);                      // p
        for (int j = 0; j < dw.length; j++) {
            dw[j] /= z.length;
        }
        return new LinearGradient(dw, db / z.length);
    }

    private static LinearGradient augmented(Matrix X, int[] y, double[] w, double b) {
        LabelChecks.linearScores("gradient", X, y, w, b);
        int n = X.rows();
        int p = X.cols();
        Matrix X1 = LinearFitSteps.withOnesColumn(X, p);              // n×(p+1), last column all 1
        double[] theta = Arrays.copyOf(w, p + 1);
        theta[p] = b;
        double[] e = X1.multiply(theta);                              // n: the scores, then the residuals
        for (int i = 0; i < n; i++) {
            e[i] = Activations.sigmoid(e[i]) - y[i];
        }
        double[] g = X1.transpose().multiply(e);                      // p+1
        double[] dw = new double[p];
        for (int j = 0; j < p; j++) {
            dw[j] = g[j] / n;
        }
        return new LinearGradient(dw, g[p] / n);
    }
}
