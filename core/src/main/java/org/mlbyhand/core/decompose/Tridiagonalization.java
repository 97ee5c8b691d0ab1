package org.mlbyhand.core.decompose;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Vectors;

/**
 * Householder reduction of a symmetric matrix to tridiagonal form, the first phase of
 * {@link SymmetricEigen}:
 * <pre>{@code
 *   Qᵀ·S·Q = T,   Q = H₀·H₁·…·Hₙ₋₃,   T tridiagonal with diagonal d and off-diagonal e
 * }</pre>
 * Step k reflects x = (Sₖ,ₖ₊₁, …, Sₖ,ₙ₋₁) onto −sign(x₀)‖x‖·e₁ with Hₖ = I − τ·u·uᵀ
 * (u = v/v₀, v = x + sign(x₀)‖x‖e₁, τ = 1 + |x₀|/‖x‖, as in {@link HouseholderQr}), applied from both
 * sides to the trailing block B as a symmetric rank-2 update:
 * <pre>{@code
 *   q = τ·B·u,   K = τ·(qᵀu)/2,   w = q − K·u,   Hₖ·B·Hₖ = B − u·wᵀ − w·uᵀ
 * }</pre>
 * Cost: 4n³/3 flops for T and 4n³/3 more to accumulate Qᵀ.
 */
final class Tridiagonalization {
    private Tridiagonalization() {
    }

    /**
     * Reduces S to tridiagonal form.
     *
     * @param S  n×n symmetric matrix, both triangles stored (overwritten: left as scratch)
     * @param d  length n (overwritten with T's diagonal)
     * @param e  length n (overwritten with T's off-diagonal, eᵢ = Tᵢ,ᵢ₊₁, and eₙ₋₁ = 0)
     * @param QT n×n (overwritten with Qᵀ, so row j of QT is column j of Q)
     */
    static void reduce(double[][] S, double[] d, double[] e, double[][] QT) {
        int n = S.length;
        for (int i = 0; i < n; i++) {
            Arrays.fill(QT[i], 0.0);
            QT[i][i] = 1.0;
        }
        Arrays.fill(e, 0.0);
        for (int k = 0; k < n; k++) {
            d[k] = S[k][k];
            if (k == n - 2) {
                e[k] = S[k][k + 1];
            } else if (k < n - 2) {
                e[k] = reflectTrailingBlock(S, QT, k);
            }
        }
    }

    /** Applies step k's reflector to S's trailing block and to QT; returns the new Tₖ,ₖ₊₁. */
    private static double reflectTrailingBlock(double[][] S, double[][] QT, int k) {
        int n = S.length;
        int p = n - k - 1;                                   // order of the trailing block
        double[] x = Arrays.copyOfRange(S[k], k + 1, n);     // (p)
        double norm = Vectors.norm(x);
        if (norm == 0.0) {
            return 0.0;                                      // already tridiagonal in this column
        }
        double x0 = x[0];
        double s = x0 >= 0.0 ? 1.0 : -1.0;
        double v0 = x0 + s * norm;                           // |v₀| = |x₀| + ‖x‖, no cancellation
        double[] u = x;                                      // (p), u = v/v₀, reusing x's storage
        u[0] = 1.0;
        for (int i = 1; i < p; i++) {
            u[i] /= v0;
        }
        double tau = 1.0 + Math.abs(x0) / norm;

        double[] q = new double[p];                          // q = τ·B·u
        for (int i = 0; i < p; i++) {
            double sum = 0.0;
            double[] row = S[k + 1 + i];
            for (int j = 0; j < p; j++) {
                sum += row[k + 1 + j] * u[j];
            }
            q[i] = tau * sum;
        }
        double K = 0.5 * tau * Vectors.dot(q, u);
        double[] w = q;                                      // w = q − K·u
        Vectors.axpyInPlace(-K, u, w);
        for (int i = 0; i < p; i++) {
            double[] row = S[k + 1 + i];
            for (int j = 0; j < p; j++) {
                row[k + 1 + j] -= u[i] * w[j] + w[i] * u[j];
            }
        }

        int m = QT.length;                                   // QT ← Hₖ·QT touches rows k+1 … n−1
        double[] t = new double[m];                          // t = uᵀ·QT[k+1.., :]
        for (int i = 0; i < p; i++) {
            Vectors.axpyInPlace(u[i], QT[k + 1 + i], t);
        }
        for (int i = 0; i < p; i++) {
            Vectors.axpyInPlace(-tau * u[i], t, QT[k + 1 + i]);
        }
        return -s * norm;
    }
}
