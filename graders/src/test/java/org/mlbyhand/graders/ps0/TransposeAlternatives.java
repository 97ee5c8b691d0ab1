package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct transposes written differently from the reference, each of which the grader must accept:
 * the same moves Tⱼᵢ = Aᵢⱼ, walked in another order or through the row-major storage.
 */
final class TransposeAlternatives {
    private TransposeAlternatives() {
    }

    static final List<Alternative<UnaryOperator<Matrix>>> ALL = List.of(
            new Alternative<>("loops over the entries of T, reading A[c][r] into T[r][c]", A -> {
                Matrix T = Matrix.zeros(A.cols(), A.rows());
                for (int r = 0; r < T.rows(); r++) {
                    for (int c = 0; c < T.cols(); c++) {
                        T.set(r, c, A.get(c, r));
                    }
                }
                return T;
            }),
            new Alternative<>("row j of T is column j of A", A -> {
                Matrix T = Matrix.zeros(A.cols(), A.rows());
                for (int j = 0; j < A.cols(); j++) {
                    double[] column = A.column(j);
                    for (int i = 0; i < column.length; i++) {
                        T.set(j, i, column[i]);
                    }
                }
                return T;
            }),
            new Alternative<>("row-major index arithmetic: A[i][j] at i·n + j moves to j·m + i", A -> {
                int m = A.rows();
                int n = A.cols();
                double[] a = A.toRowMajorArray();
                double[] t = new double[a.length];
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        t[j * m + i] = a[i * n + j];
                    }
                }
                return Matrix.fromRowMajor(n, m, t);
            }));
}
