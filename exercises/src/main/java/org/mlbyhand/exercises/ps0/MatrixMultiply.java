package org.mlbyhand.exercises.ps0;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS0 · matmul — multiply two matrices with three nested loops.
 *
 * <p>The product of A (m×k) and B (k×n) is the m×n matrix C with
 * <pre>{@code
 *   Cᵢⱼ = Σₚ Aᵢₚ · Bₚⱼ        (p = 0, 1, …, k−1)
 * }</pre>
 * Entry (i, j) is the dot product of row i of A with column j of B, so the shapes must fit:
 * A.cols() == B.rows(). If they do not, throw {@link ShapeMismatchException} naming both shapes
 * ({@code new ShapeMismatchException("multiply", A, B)} does that).
 *
 * <p>You need: {@code A.rows()}, {@code A.cols()}, {@code A.get(i, p)}, {@code Matrix.zeros(m, n)},
 * {@code C.set(i, j, value)}. Write the product yourself: the grader refuses code that calls core's
 * {@code Matrix.multiply} or {@code MatrixMultiply}.
 *
 * <p>Classic traps: the inner loop must run over k (not m or n); column j of B is
 * {@code B.get(p, j)}, not {@code B.get(j, p)}; each entry's sum starts again at 0 and is a
 * {@code double}. Empty shapes are allowed: a 2×0 times a 0×3 matrix is the 2×3 zero matrix.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=matmul}
 */
public final class MatrixMultiply {
    private MatrixMultiply() {
    }

    /**
     * Returns C = A·B.
     *
     * @param A an m×k matrix (not modified)
     * @param B a k×n matrix (not modified)
     * @return the m×n product
     * @throws ShapeMismatchException if {@code A.cols() != B.rows()}
     */
    public static Matrix multiply(Matrix A, Matrix B) {
        // TODO: check the shapes, then fill an m×n result with three nested loops.
        throw new NotImplementedYet("ps0 matmul");
    }
}
