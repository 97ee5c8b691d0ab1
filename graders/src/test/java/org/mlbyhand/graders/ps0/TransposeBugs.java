package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.UnaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in transpose, each a complete implementation the grader must reject. Order
 * matters for hints: on a square matrix the in-place swap returns the right numbers, like the
 * wrong-shape bug, so it is listed first. The wrong shape and swapped loop bounds both work on a square
 * matrix and throw the same index error on any other, so one bug (and hint) stands for both.
 */
final class TransposeBugs {
    private TransposeBugs() {
    }

    static final List<Bug<UnaryOperator<Matrix>>> ALL = List.of(
            new Bug<>("swaps entries inside A",
                    "your numbers are right, but you changed the caller's matrix to get them. Create a new"
                            + " n×m result with Matrix.zeros and write into it; never call set on A.",
                    A -> {
                        if (!A.isSquare()) {
                            return A.transpose();
                        }
                        for (int i = 0; i < A.rows(); i++) {
                            for (int j = i + 1; j < A.cols(); j++) {
                                double t = A.get(i, j);
                                A.set(i, j, A.get(j, i));
                                A.set(j, i, t);
                            }
                        }
                        return A;
                    }),
            new Bug<>("result has A's shape",
                    "the transpose of an m×n matrix is n×m: create it with Matrix.zeros(A.cols(), A.rows()),"
                            + " and let i run over A's rows and j over A's columns. A square matrix hides a mistake"
                            + " in either; a row or a column shows it.",
                    A -> {
                        Matrix T = Matrix.zeros(A.rows(), A.cols());
                        for (int i = 0; i < A.rows(); i++) {
                            for (int j = 0; j < A.cols(); j++) {
                                T.set(j, i, A.get(i, j));
                            }
                        }
                        return T;
                    }),
            new Bug<>("reshapes instead of transposing",
                    "reading A's entries in storage order into an n×m matrix reshapes A, it does not"
                            + " transpose it. Entry [i][j] of A must land at [j][i]: compare T[0][1] with A[1][0].",
                    A -> Matrix.fromRowMajor(A.cols(), A.rows(), A.toRowMajorArray())),
            new Bug<>("loop starts at 1",
                    "Java indices start at 0: a loop starting at 1 never copies row 0 (or column 0) of A,"
                            + " which leaves zeros in your result.",
                    A -> {
                        Matrix T = Matrix.zeros(A.cols(), A.rows());
                        for (int i = 1; i < A.rows(); i++) {
                            for (int j = 0; j < A.cols(); j++) {
                                T.set(j, i, A.get(i, j));
                            }
                        }
                        return T;
                    }),
            new Bug<>("built with Matrix.of(double[][])",
                    "a Java array new double[0][m] has no rows left to remember m, so Matrix.of makes a 0×0 matrix"
                            + " of it, not 0×m. Create the result with Matrix.zeros(A.cols(), A.rows()), which keeps"
                            + " both dimensions even when one of them is 0.",
                    A -> {
                        double[][] t = new double[A.cols()][A.rows()];
                        for (int i = 0; i < A.rows(); i++) {
                            for (int j = 0; j < A.cols(); j++) {
                                t[j][i] = A.get(i, j);
                            }
                        }
                        return Matrix.of(t);
                    }));
}
