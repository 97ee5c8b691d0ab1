package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.decompose.SymmetricEigen;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct PCA components by eigendecomposition written differently from core's, each of which the
 * grader must accept up to the sign of each column: SymmetricEigen of the unscaled XcᵀXc (the scale
 * changes λ, not V), and power iteration with deflation (Hotelling), which converges at the rate
 * λⱼ₊₁/λⱼ ≤ 1 − {@value PcaInputs#GAP} on the grader's random cases and is run until a step changes v by
 * less than 1e-15.
 */
final class PcaByEigenAlternatives {
    private PcaByEigenAlternatives() {
    }

    static final List<Alternative<PcaByEigenGrader.Components>> ALL = List.of(
            new Alternative<>("SymmetricEigen of XcᵀXc, without the 1/(n − 1)", PcaByEigenAlternatives::unscaled),
            new Alternative<>("power iteration on C, deflating C ← C − λ·vvᵀ after each component",
                    PcaByEigenAlternatives::powerIteration));

    private static Matrix unscaled(Matrix X, int q) {
        PcaInputs.components("components", X, q);
        Matrix Xc = PcaInputs.centred(X);
        Matrix G = Xc.transpose().multiply(Xc);
        for (int a = 0; a < G.rows(); a++) {
            for (int b = 0; b < a; b++) {
                G.set(b, a, G.get(a, b));
            }
        }
        return SymmetricEigen.of(G).eigenvectors().slice(0, X.cols(), 0, q);
    }

    private static Matrix powerIteration(Matrix X, int q) {
        PcaInputs.components("components", X, q);
        int p = X.cols();
        double[][] C = PcaInputs.covariance(X).toArray();
        Matrix V = Matrix.zeros(p, q);
        for (int j = 0; j < q; j++) {
            double[] v = new double[p];
            for (int f = 0; f < p; f++) {
                v[f] = 1.0 + 0.6180339887 * f;
            }
            normalise(v);
            for (int t = 0; t < 100_000; t++) {
                double[] w = new double[p];
                for (int a = 0; a < p; a++) {
                    for (int b = 0; b < p; b++) {
                        w[a] += C[a][b] * v[b];
                    }
                }
                normalise(w);
                double change = 0.0;
                for (int f = 0; f < p; f++) {
                    change = Math.max(change, Math.abs(w[f] - v[f]));
                }
                v = w;
                if (change < 1e-15) {
                    break;
                }
            }
            double lambda = 0.0;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    lambda += v[a] * C[a][b] * v[b];
                }
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    C[a][b] -= lambda * v[a] * v[b];
                }
                V.set(a, j, v[a]);
            }
        }
        return V;
    }

    private static void normalise(double[] v) {
        double norm = Math.sqrt(ClusterInputs.norm2(v));
        for (int f = 0; f < v.length; f++) {
            v[f] /= norm;
        }
    }
}
