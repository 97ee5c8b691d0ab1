package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct Cholesky factorisations computed in another order than the reference's row by row
 * (Cholesky–Banachiewicz), each of which the grader must accept. All compute the same numbers from
 * Aᵢⱼ = Σₖ Lᵢₖ·Lⱼₖ (k ≤ j), with the sums or the square roots taken at other moments, and refuse a
 * pivot d ≤ 0 as the stub asks.
 */
final class CholeskyAlternatives {
    private CholeskyAlternatives() {
    }

    static final List<Alternative<UnaryOperator<Matrix>>> ALL = List.of(
            new Alternative<>("Cholesky–Crout: column by column, Lⱼⱼ first, then the column below it",
                    CholeskyAlternatives::byColumns),
            new Alternative<>("right-looking: each finished column is subtracted from the trailing lower triangle",
                    CholeskyAlternatives::rightLooking),
            new Alternative<>("A = L̃·D·L̃ᵀ without square roots, then L = L̃·√D", CholeskyAlternatives::viaLdl));

    /** For j = 0 … n−1: Lⱼⱼ = √(Aⱼⱼ − Σₖ Lⱼₖ²), then Lᵢⱼ = (Aᵢⱼ − Σₖ Lᵢₖ·Lⱼₖ) / Lⱼⱼ for i > j (k < j). */
    private static Matrix byColumns(Matrix A) {
        ShapeChecks.square(A);
        int n = A.rows();
        Matrix L = Matrix.zeros(n, n);
        for (int j = 0; j < n; j++) {
            double d = A.get(j, j);
            for (int k = 0; k < j; k++) {
                d -= L.get(j, k) * L.get(j, k);
            }
            L.set(j, j, Math.sqrt(positive(d, j)));
            for (int i = j + 1; i < n; i++) {
                double s = A.get(i, j);
                for (int k = 0; k < j; k++) {
                    s -= L.get(i, k) * L.get(j, k);
                }
                L.set(i, j, s / L.get(j, j));
            }
        }
        return L;
    }

    /** On a copy S of A's lower triangle, for k = 0 … n−1: column k of L is S's column k over √Sₖₖ; then Sᵢⱼ −= Lᵢₖ·Lⱼₖ. */
    private static Matrix rightLooking(Matrix A) {
        ShapeChecks.square(A);
        int n = A.rows();
        Matrix S = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                S.set(i, j, A.get(i, j));
            }
        }
        for (int k = 0; k < n; k++) {
            double pivot = Math.sqrt(positive(S.get(k, k), k));
            S.set(k, k, pivot);
            for (int i = k + 1; i < n; i++) {
                S.set(i, k, S.get(i, k) / pivot);
            }
            for (int j = k + 1; j < n; j++) {
                for (int i = j; i < n; i++) {
                    S.set(i, j, S.get(i, j) - S.get(i, k) * S.get(j, k));
                }
            }
        }
        return S;
    }

    /**
     * Row by row, dᵢ = Aᵢᵢ − Σₖ L̃ᵢₖ²·dₖ and L̃ᵢⱼ = (Aᵢⱼ − Σₖ L̃ᵢₖ·L̃ⱼₖ·dₖ) / dⱼ (k < j), with L̃ᵢᵢ = 1;
     * then Lᵢⱼ = L̃ᵢⱼ·√dⱼ.
     */
    private static Matrix viaLdl(Matrix A) {
        ShapeChecks.square(A);
        int n = A.rows();
        double[][] unit = new double[n][n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = A.get(i, j);
                for (int k = 0; k < j; k++) {
                    s -= unit[i][k] * unit[j][k] * d[k];
                }
                if (j < i) {
                    unit[i][j] = s / d[j];
                } else {
                    d[i] = positive(s, i);
                }
            }
        }
        Matrix L = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                L.set(i, j, unit[i][j] * Math.sqrt(d[j]));
            }
            L.set(i, i, Math.sqrt(d[i]));
        }
        return L;
    }

    /** Returns the pivot d, or throws when it is not positive. */
    private static double positive(double d, int i) {
        if (!(d > 0)) {
            throw new NotPositiveDefiniteException(i, d);
        }
        return d;
    }
}
