package org.mlbyhand.exercises.ps0;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS0 · transpose — turn the rows of a matrix into the columns of a new one.
 *
 * <p>The transpose of A (m×n) is the n×m matrix T with
 * <pre>{@code
 *   Tⱼᵢ = Aᵢⱼ        (i = 0, 1, …, m−1;  j = 0, 1, …, n−1)
 * }</pre>
 * Row i of A becomes column i of T. Nothing is computed, only moved, so your answer must equal the
 * expected one bit for bit.
 *
 * <p>You need: {@code A.rows()}, {@code A.cols()}, {@code A.get(i, j)}, {@code Matrix.zeros(rows, cols)},
 * {@code T.set(j, i, value)}. Move the entries yourself: the grader refuses code that calls core's
 * {@code A.transpose()}.
 *
 * <p>Classic traps: T has the shape n×m, not m×n (a square test matrix hides this); the row-major
 * array of A read as an n×m matrix is a reshape, not a transpose; swapping entries inside A changes
 * the caller's matrix: write into a new one. Empty matrices count too: a 3×0 matrix has a 0×3
 * transpose.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=transpose}
 */
public final class Transpose {
    private Transpose() {
    }

    /**
     * Returns Aᵀ.
     *
     * @param A an m×n matrix (not modified)
     * @return the n×m transpose, a new matrix
     */
    public static Matrix transpose(Matrix A) {
        // TODO: create an n×m result and copy each A[i][j] to position [j][i].
        throw new NotImplementedYet("ps0 transpose");
    }
}
