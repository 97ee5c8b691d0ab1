package org.mlbyhand.graders.ps3;

import java.util.ArrayList;
import java.util.List;
import org.mlbyhand.core.cluster.MixtureParameters;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct M steps written differently from core's (per component: soft count, weighted sums, then the
 * centred scatter over the lower triangle), each of which the grader must accept: matrix products
 * RᵀX and Xcᵀ·diag(r_j)·Xc, and the one-pass moments (1/n_j)·Σ r·xxᵀ − μμᵀ. The one-pass form loses
 * about ε·E[x²] absolutely; the grader's random points are of unit scale, where that is far below its
 * tolerance (data far from the origin would not be: there only the two-pass form is accurate).
 */
final class MixtureMStepAlternatives {
    private static final double GUARD = 10 * Math.ulp(1.0);

    private MixtureMStepAlternatives() {
    }

    static final List<Alternative<MixtureMStepGrader.MStep>> ALL = List.of(
            new Alternative<>("matrix products: means = diag(1/n)·RᵀX, Σ_j = Xcⱼᵀ·diag(r_j)·Xcⱼ / n_j",
                    MixtureMStepAlternatives::products),
            new Alternative<>("one pass of moments: Σ_j = (1/n_j)·Σᵢ r_ij·xᵢxᵢᵀ − μ_jμ_jᵀ",
                    MixtureMStepAlternatives::moments));

    private static MixtureParameters products(Matrix X, Matrix R, double regCovar) {
        MixtureInputs.mStep("parameters", X, R, regCovar);
        int k = R.cols();
        int p = X.cols();
        double[] nk = R.columnSums();
        double total = 0.0;
        for (int j = 0; j < k; j++) {
            nk[j] += GUARD;
            total += nk[j];
        }
        Matrix sums = R.transpose().multiply(X);                           // k×p
        Matrix means = Matrix.zeros(k, p);
        double[] weights = new double[k];
        List<Matrix> covariances = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            weights[j] = nk[j] / total;
            for (int f = 0; f < p; f++) {
                means.set(j, f, sums.get(j, f) / nk[j]);
            }
            Matrix Xc = X.copy();                                          // n×p, centred on μ_j
            Matrix D = X.copy();                                           // n×p, diag(r_j)·Xc
            for (int i = 0; i < X.rows(); i++) {
                for (int f = 0; f < p; f++) {
                    Xc.set(i, f, X.get(i, f) - means.get(j, f));
                    D.set(i, f, R.get(i, j) * Xc.get(i, f));
                }
            }
            Matrix S = Xc.transpose().multiply(D).scale(1.0 / nk[j]);      // p×p
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) {
                    double sym = 0.5 * (S.get(a, b) + S.get(b, a));
                    S.set(a, b, sym);
                    S.set(b, a, sym);
                }
                S.set(a, a, S.get(a, a) + regCovar);
            }
            covariances.add(S);
        }
        return new MixtureParameters(weights, means, covariances);
    }

    private static MixtureParameters moments(Matrix X, Matrix R, double regCovar) {
        MixtureInputs.mStep("parameters", X, R, regCovar);
        int n = X.rows();
        int k = R.cols();
        int p = X.cols();
        double[] weights = new double[k];
        Matrix means = Matrix.zeros(k, p);
        List<Matrix> covariances = new ArrayList<>();
        double total = 0.0;
        double[] nk = new double[k];
        for (int j = 0; j < k; j++) {
            double[] first = new double[p];
            double[][] second = new double[p][p];
            for (int i = 0; i < n; i++) {
                double r = R.get(i, j);
                nk[j] += r;
                for (int a = 0; a < p; a++) {
                    first[a] += r * X.get(i, a);
                    for (int b = 0; b < p; b++) {
                        second[a][b] += r * X.get(i, a) * X.get(i, b);
                    }
                }
            }
            nk[j] += GUARD;
            total += nk[j];
            Matrix S = Matrix.zeros(p, p);
            for (int a = 0; a < p; a++) {
                means.set(j, a, first[a] / nk[j]);
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    S.set(a, b, second[a][b] / nk[j] - means.get(j, a) * means.get(j, b) + (a == b ? regCovar : 0.0));
                }
            }
            covariances.add(S);
        }
        for (int j = 0; j < k; j++) {
            weights[j] = nk[j] / total;
        }
        return new MixtureParameters(weights, means, covariances);
    }
}
