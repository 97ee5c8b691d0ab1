package org.mlbyhand.graders.ps3;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct covariance matrices written differently from the two-pass sum, each of which the grader must
 * accept: the half mean of the outer products of all pairwise differences (no mean at all), and
 * Welford's one-pass co-moments, which update the mean as they go and stay accurate far from the
 * origin, unlike the naive one-pass formula.
 */
final class CovarianceMatrixAlternatives {
    private CovarianceMatrixAlternatives() {
    }

    static final List<Alternative<UnaryOperator<Matrix>>> ALL = List.of(
            new Alternative<>("pairwise: C = Σ_{i<l} (xᵢ − x_l)(xᵢ − x_l)ᵀ / (n(n − 1))",
                    CovarianceMatrixAlternatives::pairwise),
            new Alternative<>("Welford's co-moments in one stable pass", CovarianceMatrixAlternatives::welford));

    private static Matrix pairwise(Matrix X) {
        PcaInputs.data("covariance", X);
        int n = X.rows();
        int p = X.cols();
        Matrix C = Matrix.zeros(p, p);
        for (int i = 0; i < n; i++) {
            for (int l = i + 1; l < n; l++) {
                for (int a = 0; a < p; a++) {
                    for (int b = 0; b < p; b++) {
                        C.set(a, b, C.get(a, b) + (X.get(i, a) - X.get(l, a)) * (X.get(i, b) - X.get(l, b)));
                    }
                }
            }
        }
        return C.scale(1.0 / ((double) n * (n - 1)));
    }

    private static Matrix welford(Matrix X) {
        PcaInputs.data("covariance", X);
        int p = X.cols();
        double[] mean = new double[p];
        double[][] M = new double[p][p];
        for (int i = 0; i < X.rows(); i++) {
            double[] x = X.row(i);
            double[] before = new double[p];
            for (int a = 0; a < p; a++) {
                before[a] = x[a] - mean[a];
                mean[a] += before[a] / (i + 1);
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    M[a][b] += before[a] * (x[b] - mean[b]);
                }
            }
        }
        Matrix C = Matrix.zeros(p, p);
        for (int a = 0; a < p; a++) {
            for (int b = 0; b <= a; b++) {
                double c = 0.5 * (M[a][b] + M[b][a]) / (X.rows() - 1);
                C.set(a, b, c);
                C.set(b, a, c);
            }
        }
        return C;
    }
}
