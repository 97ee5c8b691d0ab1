package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct E steps written differently from core's (w_ij by a Cholesky solve, then log r_ij = w_ij −
 * logsumexp and r = exp(log r)), each of which the grader must accept: the shifted softmax of each
 * row, and a one-pass (online) log-sum-exp with a running maximum; both write log N as a sum over the
 * features with 2·log σ instead of log σ².
 */
final class MixtureEStepAlternatives {
    private MixtureEStepAlternatives() {
    }

    static final List<Alternative<MixtureEStepGrader.EStep>> ALL = List.of(
            new Alternative<>("each row's softmax: e^(w_ij − m) / Σ_l e^(w_il − m)", MixtureEStepAlternatives::softmax),
            new Alternative<>("an online log-sum-exp: one pass with a running maximum, then exp(w_ij − lse)",
                    MixtureEStepAlternatives::online));

    private static Matrix logDensities(Matrix X, double[] weights, Matrix means, Matrix variances) {
        int n = X.rows();
        int k = weights.length;
        Matrix W = Matrix.zeros(n, k);
        for (int j = 0; j < k; j++) {
            double logDet = 0.0;
            for (int f = 0; f < X.cols(); f++) {
                logDet += 2 * Math.log(Math.sqrt(variances.get(j, f)));
            }
            for (int i = 0; i < n; i++) {
                double q = 0.0;
                for (int f = 0; f < X.cols(); f++) {
                    double z = (X.get(i, f) - means.get(j, f)) / Math.sqrt(variances.get(j, f));
                    q += z * z;
                }
                W.set(i, j, Math.log(weights[j]) - 0.5 * (X.cols() * Math.log(2 * Math.PI) + logDet + q));
            }
        }
        return W;
    }

    private static Matrix softmax(Matrix X, double[] weights, Matrix means, Matrix variances) {
        MixtureInputs.eStep("responsibilities", X, weights, means, variances);
        Matrix W = logDensities(X, weights, means, variances);
        Matrix R = Matrix.zeros(W.rows(), W.cols());
        for (int i = 0; i < W.rows(); i++) {
            double[] w = W.row(i);
            double m = Double.NEGATIVE_INFINITY;
            for (double v : w) {
                m = Math.max(m, v);
            }
            double sum = 0.0;
            for (double v : w) {
                sum += Math.exp(v - m);
            }
            for (int j = 0; j < w.length; j++) {
                R.set(i, j, Math.exp(w[j] - m) / sum);
            }
        }
        return R;
    }

    private static Matrix online(Matrix X, double[] weights, Matrix means, Matrix variances) {
        MixtureInputs.eStep("responsibilities", X, weights, means, variances);
        Matrix W = logDensities(X, weights, means, variances);
        Matrix R = Matrix.zeros(W.rows(), W.cols());
        for (int i = 0; i < W.rows(); i++) {
            double m = Double.NEGATIVE_INFINITY;
            double s = 0.0;
            for (int j = 0; j < W.cols(); j++) {
                double v = W.get(i, j);
                if (v == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (v > m) {
                    s = s * Math.exp(m - v) + 1.0;
                    m = v;
                } else {
                    s += Math.exp(v - m);
                }
            }
            double lse = m + Math.log(s);
            for (int j = 0; j < W.cols(); j++) {
                R.set(i, j, Math.exp(W.get(i, j) - lse));
            }
        }
        return R;
    }
}
