package org.mlbyhand.graders.ps0;

import java.util.List;
import java.util.function.BinaryOperator;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in matrix multiply, each a complete implementation the grader must reject: the
 * i-j-p triple loop with one slip. Order matters for hints, since a bug is recognised by giving the
 * learner's answer on the failing input: with k = 2, keeping only the last term and starting the sum
 * at p = 1 both keep only the term p = 1, so the first is listed before the second (which fails
 * alone, earlier, on a 1×1 product); on a 1×1 product of fractions, an int accumulator also gives 0,
 * so it is listed before the sum that starts at p = 1 too.
 */
final class MatrixMultiplyBugs {
    private MatrixMultiplyBugs() {
    }

    private enum Slip {
        WRONG_SHAPE_CHECK, RESULT_M_BY_K, A_TRANSPOSED, B_TRANSPOSED, BOUND_N, SUM_OUTSIDE, LAST_TERM_ONLY, INT_SUM,
        FROM_ONE, NO_SHAPE_CHECK
    }

    static final List<Bug<BinaryOperator<Matrix>>> ALL = List.of(
            new Bug<>("shape check compares A.rows() with B.cols()",
                    "your code rejected shapes that fit. A·B needs the inner dimensions to agree: A.cols() (the"
                            + " length of a row of A) must equal B.rows() (the length of a column of B); the outer"
                            + " ones, A.rows() and B.cols(), may be anything.",
                    (A, B) -> loops(A, B, Slip.WRONG_SHAPE_CHECK)),
            new Bug<>("result has shape m×k",
                    "C has one row per row of A and one column per column of B: it is A.rows() × B.cols()."
                            + " Check the shape you give Matrix.zeros.",
                    (A, B) -> loops(A, B, Slip.RESULT_M_BY_K)),
            new Bug<>("A indexed as A[p][i]",
                    "row i of A is A.get(i, p) for p = 0 … k−1; A.get(p, i) walks down column i instead, which"
                            + " computes Aᵀ·B.",
                    (A, B) -> loops(A, B, Slip.A_TRANSPOSED)),
            new Bug<>("B indexed as B[j][p]",
                    "column j of B is B.get(p, j), walking down its rows; B.get(j, p) walks along a row.",
                    (A, B) -> loops(A, B, Slip.B_TRANSPOSED), List.of(
                    "work C[0][1] of [[1, 2], [3, 4]]·[[5, 6], [7, 8]] by hand: row 0 of A is [1, 2], column 1 of B"
                            + " is [6, 8], so C[0][1] = 1·6 + 2·8 = 22. Which two entries does your code multiply"
                            + " for p = 1?")),
            new Bug<>("inner loop bound is n instead of k",
                    "the sum over p runs to k = A.cols() = B.rows(), the dimension A and B share;"
                            + " your inner loop seems to stop at another bound.",
                    (A, B) -> loops(A, B, Slip.BOUND_N)),
            new Bug<>("sum not reset between entries",
                    "each entry's sum must start at 0: declare the accumulator inside the j loop,"
                            + " not outside it.",
                    (A, B) -> loops(A, B, Slip.SUM_OUTSIDE), List.of(
                    "compare your C[0][1] with C[0][0] + (the right C[0][1]): if they are equal, the sum carried"
                            + " on from the entry before.")),
            new Bug<>("only the last product kept",
                    "each entry is a sum of k products, but yours holds only one of them, the last (p = k−1)."
                            + " Look at the line inside the p loop: does it add to the sum, or replace it?",
                    (A, B) -> loops(A, B, Slip.LAST_TERM_ONLY)),
            new Bug<>("int accumulator",
                    "your entries are right on whole numbers but come out truncated otherwise: the accumulator"
                            + " is probably an int. Java's s += x on an int s compiles, and silently drops the"
                            + " fraction at every step; declare it double.",
                    (A, B) -> loops(A, B, Slip.INT_SUM)),
            new Bug<>("inner loop starts at p = 1",
                    "the sum starts at p = 0: Java indices begin at 0, so your first term is missing.",
                    (A, B) -> loops(A, B, Slip.FROM_ONE)),
            new Bug<>("no shape check",
                    "when A.cols() != B.rows() the product is undefined: check the shapes first and throw"
                            + " new ShapeMismatchException(\"multiply\", A, B).",
                    (A, B) -> loops(A, B, Slip.NO_SHAPE_CHECK)));

    /** The i-j-p triple loop, Cᵢⱼ = Σₚ Aᵢₚ·Bₚⱼ, with one slip. */
    @SuppressWarnings("lossy-conversions") // INT_SUM is the bug of an int accumulator, on purpose (JDK 20+ warns)
    private static Matrix loops(Matrix A, Matrix B, Slip slip) {
        if (slip == Slip.WRONG_SHAPE_CHECK) {
            if (A.rows() != B.cols()) {
                throw new ShapeMismatchException("multiply", A, B);
            }
        } else if (slip != Slip.NO_SHAPE_CHECK) {
            ShapeChecks.product(A, B);
        }
        int m = A.rows();
        int k = Math.min(A.cols(), B.rows());
        int n = B.cols();
        Matrix C = Matrix.zeros(m, slip == Slip.RESULT_M_BY_K ? k : n);
        double s = 0.0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (slip != Slip.SUM_OUTSIDE) {
                    s = 0.0;
                }
                int truncated = 0;
                for (int p = slip == Slip.FROM_ONE ? 1 : 0; p < (slip == Slip.BOUND_N ? n : k); p++) {
                    double a = slip == Slip.A_TRANSPOSED ? A.get(p, i) : A.get(i, p);
                    double b = slip == Slip.B_TRANSPOSED ? B.get(j, p) : B.get(p, j);
                    if (slip == Slip.INT_SUM) {
                        truncated += a * b;
                    } else if (slip == Slip.LAST_TERM_ONLY) {
                        s = a * b;
                    } else {
                        s += a * b;
                    }
                }
                C.set(i, j, slip == Slip.INT_SUM ? truncated : s);
            }
        }
        return C;
    }
}
