package org.mlbyhand.exercises.ps0;

import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS0 · forward — solve L·x = b for a lower-triangular L, top row first.
 *
 * <p>Row i of L·x = b reads Lᵢ₀x₀ + … + Lᵢᵢxᵢ = bᵢ, and x₀ … xᵢ₋₁ are already known when you reach
 * it, so
 * <pre>{@code
 *   xᵢ = (bᵢ − Σⱼ Lᵢⱼ · xⱼ) / Lᵢᵢ        (j = 0, 1, …, i−1;  i = 0, 1, …, n−1)
 * }</pre>
 * Shapes: L is n×n, b and x have length n. Entries above L's diagonal are 0 and need not be read.
 *
 * <p>Errors: if L is not square or b.length != n, throw {@link ShapeMismatchException} naming both
 * shapes. If a pivot Lᵢᵢ is 0 the system has no unique solution: before dividing, throw
 * {@code new SingularMatrixException("singular: L", i, L.get(i, i))} (from
 * {@code org.mlbyhand.core.decompose}) instead of returning infinities or NaN. Only 0 is singular: a
 * negative pivot, or a tiny one like 1e-12, divides like any other. An empty 0×0 system has the empty
 * solution.
 *
 * <p>You need: {@code L.rows()}, {@code L.cols()}, {@code L.get(i, j)}, {@code new double[n]}. Write the
 * loop yourself: the grader refuses code that calls core's {@code TriangularSolve}, {@code LeastSquares}
 * or {@code HouseholderQr}.
 *
 * <p>Classic traps: the whole difference bᵢ − Σ is divided by the pivot (mind the parentheses);
 * the sum starts at j = 0 and starts again at 0 for every row; the loop over i must reach i = n−1;
 * x goes into a new array, since b belongs to the caller.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=forward}
 */
public final class ForwardSubstitution {
    private ForwardSubstitution() {
    }

    /**
     * Returns the x with L·x = b.
     *
     * @param L an n×n lower-triangular matrix with non-zero diagonal (not modified)
     * @param b a vector of length n (not modified)
     * @return x, a new vector of length n
     * @throws ShapeMismatchException if L is not square or {@code b.length != L.rows()}
     * @throws SingularMatrixException if some Lᵢᵢ is 0
     */
    public static double[] solve(Matrix L, double[] b) {
        // TODO: check the shapes, then compute x₀, x₁, … in order, each from the ones before it.
        throw new NotImplementedYet("ps0 forward");
    }
}
