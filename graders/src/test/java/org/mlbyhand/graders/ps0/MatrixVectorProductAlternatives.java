package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.grading.Alternative;

/**
 * Correct matrix-vector products written differently from the reference, each of which the grader
 * must accept: the same sums yᵢ = Σⱼ Aᵢⱼ·xⱼ, by columns instead of rows, through a helper, or added
 * in the opposite order.
 */
final class MatrixVectorProductAlternatives {
    private MatrixVectorProductAlternatives() {
    }

    static final List<Alternative<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Alternative<>("by columns: y = Σⱼ xⱼ·(column j of A), j outermost", (A, x) -> {
                ShapeChecks.product(A, x);
                double[] y = new double[A.rows()];
                for (int j = 0; j < A.cols(); j++) {
                    for (int i = 0; i < A.rows(); i++) {
                        y[i] += x[j] * A.get(i, j);
                    }
                }
                return y;
            }),
            new Alternative<>("each entry a Vectors.dot of row i of A and x", (A, x) -> {
                ShapeChecks.product(A, x);
                double[] y = new double[A.rows()];
                for (int i = 0; i < A.rows(); i++) {
                    y[i] = Vectors.dot(A.row(i), x);
                }
                return y;
            }),
            new Alternative<>("each sum added from j = n−1 down to 0", (A, x) -> {
                ShapeChecks.product(A, x);
                double[] y = new double[A.rows()];
                for (int i = 0; i < A.rows(); i++) {
                    double s = 0.0;
                    for (int j = A.cols() - 1; j >= 0; j--) {
                        s += A.get(i, j) * x[j];
                    }
                    y[i] = s;
                }
                return y;
            }));
}
