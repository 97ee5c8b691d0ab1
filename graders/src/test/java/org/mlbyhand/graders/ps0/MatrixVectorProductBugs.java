package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the matrix-vector product, each a complete implementation the grader must
 * reject. The wrong-length bug comes before x[i]: both run off the end of an array on a 2×1 matrix.
 */
final class MatrixVectorProductBugs {
    private MatrixVectorProductBugs() {
    }

    private enum Mistake { WRONG_SHAPE_CHECK, LENGTH_N, X_BY_ROW, A_TRANSPOSED, SUM_OUTSIDE, INT_SUM }

    static final List<Bug<BiFunction<Matrix, double[], double[]>>> ALL = List.of(
            new Bug<>("shape check compares x.length with A.rows()",
                    "your code rejected shapes that fit. In yᵢ = Σⱼ Aᵢⱼ·xⱼ each entry of x meets a column of A,"
                            + " so x.length must equal A.cols(); A.rows() may be anything (it is y's length).",
                    (A, x) -> loops(A, x, Mistake.WRONG_SHAPE_CHECK)),
            new Bug<>("result has length n",
                    "y has one entry per row of A: its length is A.rows(), not A.cols() or x.length.",
                    (A, x) -> loops(A, x, Mistake.LENGTH_N)),
            new Bug<>("x indexed by the row",
                    "in yᵢ = Σⱼ Aᵢⱼ·xⱼ the entry of x carries the column index j, like the A entry it meets;"
                            + " x[i] uses the row index.",
                    (A, x) -> loops(A, x, Mistake.X_BY_ROW)),
            new Bug<>("A indexed as A[j][i]",
                    "row i of A is A.get(i, j) for j = 0 … n−1; A.get(j, i) walks down column i instead,"
                            + " which computes Aᵀ·x.",
                    (A, x) -> loops(A, x, Mistake.A_TRANSPOSED)),
            new Bug<>("sum not reset between rows",
                    "each entry's sum must start at 0: declare the accumulator inside the loop over i,"
                            + " not before it, or every yᵢ also contains the rows above it.",
                    (A, x) -> loops(A, x, Mistake.SUM_OUTSIDE)),
            new Bug<>("int accumulator",
                    "your entries are right on whole numbers but come out truncated otherwise: the accumulator"
                            + " is probably an int. Java's s += x on an int s compiles, and silently drops the"
                            + " fraction at every step; declare it double.",
                    (A, x) -> loops(A, x, Mistake.INT_SUM)),
            new Bug<>("no shape check",
                    "when x.length != A.cols() the product is undefined: check the lengths first and throw"
                            + " a ShapeMismatchException naming both, rather than using part of x.",
                    (A, x) -> {
                        double[] y = new double[A.rows()];
                        for (int i = 0; i < A.rows(); i++) {
                            for (int j = 0; j < A.cols(); j++) {
                                y[i] += A.get(i, j) * x[j];
                            }
                        }
                        return y;
                    }));

    /** The i-j double loop, yᵢ = Σⱼ Aᵢⱼ·xⱼ, with one mistake. */
    @SuppressWarnings("lossy-conversions") // INT_SUM is the bug of an int accumulator, on purpose (JDK 20+ warns)
    private static double[] loops(Matrix A, double[] x, Mistake mistake) {
        if (mistake != Mistake.WRONG_SHAPE_CHECK) {
            ShapeChecks.product(A, x);
        } else if (x.length != A.rows()) {
            throw new ShapeMismatchException("multiply: A is " + A.shape() + ", x has length " + x.length);
        }
        double[] y = new double[mistake == Mistake.LENGTH_N ? A.cols() : A.rows()];
        double s = 0.0;
        for (int i = 0; i < A.rows(); i++) {
            if (mistake != Mistake.SUM_OUTSIDE) {
                s = 0.0;
            }
            int truncated = 0;
            for (int j = 0; j < A.cols(); j++) {
                double a = mistake == Mistake.A_TRANSPOSED ? A.get(j, i) : A.get(i, j);
                if (mistake == Mistake.INT_SUM) {
                    truncated += a * x[j];
                } else {
                    s += a * x[mistake == Mistake.X_BY_ROW ? i : j];
                }
            }
            y[i] = mistake == Mistake.INT_SUM ? truncated : s;
        }
        return y;
    }
}
