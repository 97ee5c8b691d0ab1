package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BinaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.grading.Alternative;

/**
 * Correct matrix multiplies written differently from the i-j-p loop, each of which the grader must
 * accept: the same sums Cᵢⱼ = Σₚ Aᵢₚ·Bₚⱼ, in another loop order or through another helper.
 */
final class MatrixMultiplyAlternatives {
    private MatrixMultiplyAlternatives() {
    }

    static final List<Alternative<BinaryOperator<Matrix>>> ALL = List.of(
            new Alternative<>("i-p-j loop order: row i of C accumulates Aᵢₚ times row p of B",
                    MatrixMultiplyAlternatives::rowTimesRows),
            new Alternative<>("outer products: C = Σₚ (column p of A)·(row p of B), p outermost",
                    MatrixMultiplyAlternatives::outerProducts),
            new Alternative<>("each entry a Vectors.dot of row i of A and column j of B",
                    MatrixMultiplyAlternatives::dotProducts));

    private static Matrix rowTimesRows(Matrix A, Matrix B) {
        ShapeChecks.product(A, B);
        Matrix C = Matrix.zeros(A.rows(), B.cols());
        for (int i = 0; i < A.rows(); i++) {
            for (int p = 0; p < A.cols(); p++) {
                double a = A.get(i, p);
                for (int j = 0; j < B.cols(); j++) {
                    C.set(i, j, C.get(i, j) + a * B.get(p, j));
                }
            }
        }
        return C;
    }

    private static Matrix outerProducts(Matrix A, Matrix B) {
        ShapeChecks.product(A, B);
        Matrix C = Matrix.zeros(A.rows(), B.cols());
        for (int p = 0; p < A.cols(); p++) {
            for (int i = 0; i < A.rows(); i++) {
                for (int j = 0; j < B.cols(); j++) {
                    C.set(i, j, C.get(i, j) + A.get(i, p) * B.get(p, j));
                }
            }
        }
        return C;
    }

    private static Matrix dotProducts(Matrix A, Matrix B) {
        ShapeChecks.product(A, B);
        Matrix C = Matrix.zeros(A.rows(), B.cols());
        for (int i = 0; i < A.rows(); i++) {
            double[] row = A.row(i);
            for (int j = 0; j < B.cols(); j++) {
                C.set(i, j, Vectors.dot(row, B.column(j)));
            }
        }
        return C;
    }
}
