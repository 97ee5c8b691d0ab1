package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BinaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/** Classic mistakes in matrix multiply, each a complete implementation the grader must reject. */
final class MatrixMultiplyBugs {
    private MatrixMultiplyBugs() {
    }

    static final List<Bug<BinaryOperator<Matrix>>> ALL = List.of(
            new Bug<>("inner loop bound is n instead of k",
                    "the sum over p runs to k = A.cols() = B.rows(), the dimension A and B share;"
                            + " your inner loop seems to stop at another bound.",
                    (A, B) -> loops(A, B, B.cols(), false, false)),
            new Bug<>("B indexed as B[j][p]",
                    "column j of B is B.get(p, j), walking down its rows; B.get(j, p) walks along a row.",
                    (A, B) -> loops(A, B, A.cols(), true, false)),
            new Bug<>("sum not reset between entries",
                    "each entry's sum must start at 0: declare the accumulator inside the j loop,"
                            + " not outside it.",
                    (A, B) -> loops(A, B, A.cols(), false, true)),
            new Bug<>("inner loop starts at p = 1",
                    "the sum starts at p = 0: Java indices begin at 0, so your first term is missing.",
                    (A, B) -> {
                        check(A, B);
                        Matrix C = Matrix.zeros(A.rows(), B.cols());
                        for (int i = 0; i < A.rows(); i++) {
                            for (int j = 0; j < B.cols(); j++) {
                                double s = 0;
                                for (int p = 1; p < A.cols(); p++) {
                                    s += A.get(i, p) * B.get(p, j);
                                }
                                C.set(i, j, s);
                            }
                        }
                        return C;
                    }),
            new Bug<>("no shape check",
                    "when A.cols() != B.rows() the product is undefined: check the shapes first and throw"
                            + " new ShapeMismatchException(\"multiply\", A, B).",
                    (A, B) -> {
                        Matrix C = Matrix.zeros(A.rows(), B.cols());
                        for (int i = 0; i < A.rows(); i++) {
                            for (int j = 0; j < B.cols(); j++) {
                                double s = 0;
                                for (int p = 0; p < Math.min(A.cols(), B.rows()); p++) {
                                    s += A.get(i, p) * B.get(p, j);
                                }
                                C.set(i, j, s);
                            }
                        }
                        return C;
                    }));

    private static Matrix loops(Matrix A, Matrix B, int bound, boolean transposedB, boolean sumOutside) {
        check(A, B);
        Matrix C = Matrix.zeros(A.rows(), B.cols());
        double s = 0;
        for (int i = 0; i < A.rows(); i++) {
            for (int j = 0; j < B.cols(); j++) {
                if (!sumOutside) {
                    s = 0;
                }
                for (int p = 0; p < bound; p++) {
                    s += A.get(i, p) * (transposedB ? B.get(j, p) : B.get(p, j));
                }
                C.set(i, j, s);
            }
        }
        return C;
    }

    private static void check(Matrix A, Matrix B) {
        if (A.cols() != B.rows()) {
            throw new ShapeMismatchException("multiply", A, B);
        }
    }
}
