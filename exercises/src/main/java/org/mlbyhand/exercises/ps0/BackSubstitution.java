package org.mlbyhand.exercises.ps0;

import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS0 · backward — solve U·x = b for an upper-triangular U, bottom row first.
 *
 * <p>The last row of U·x = b involves only xₙ₋₁; row i involves xᵢ … xₙ₋₁, and xᵢ₊₁ … xₙ₋₁ are
 * already known when you reach it, so
 * <pre>{@code
 *   xᵢ = (bᵢ − Σⱼ Uᵢⱼ · xⱼ) / Uᵢᵢ        (j = i+1, …, n−1;  i = n−1, n−2, …, 0)
 * }</pre>
 * Shapes: U is n×n, b and x have length n. Entries below U's diagonal are 0 and need not be read.
 *
 * <p>Errors: if U is not square or b.length != n, throw {@link ShapeMismatchException} naming both
 * shapes. If a pivot Uᵢᵢ is 0 the system has no unique solution: before dividing, throw
 * {@code new SingularMatrixException("singular: U", i, U.get(i, i))} (from
 * {@code org.mlbyhand.core.decompose}) instead of returning infinities or NaN. Only 0 is singular: a
 * negative pivot, or a tiny one like 1e-12, divides like any other. An empty 0×0 system has the empty
 * solution.
 *
 * <p>You need: {@code U.rows()}, {@code U.cols()}, {@code U.get(i, j)}, {@code new double[n]}. Write the
 * loop yourself: the grader refuses code that calls core's {@code TriangularSolve}, {@code LeastSquares}
 * or {@code HouseholderQr}.
 *
 * <p>Classic traps: the loop over i runs downwards and must reach i = 0 ({@code i >= 0}, not
 * {@code i > 0}); the sum runs over the columns to the right of the diagonal (j &gt; i), starting
 * again at 0 for every row; the whole difference bᵢ − Σ is divided by the pivot; x goes into a new
 * array, since b belongs to the caller.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=backward}
 */
public final class BackSubstitution {
    private BackSubstitution() {
    }

    /**
     * Returns the x with U·x = b.
     *
     * @param U an n×n upper-triangular matrix with non-zero diagonal (not modified)
     * @param b a vector of length n (not modified)
     * @return x, a new vector of length n
     * @throws ShapeMismatchException if U is not square or {@code b.length != U.rows()}
     * @throws SingularMatrixException if some Uᵢᵢ is 0
     */
    public static double[] solve(Matrix U, double[] b) {
        // TODO: check the shapes, then compute xₙ₋₁, xₙ₋₂, … in order, each from the ones after it.
        throw new NotImplementedYet("ps0 backward");
    }
}
