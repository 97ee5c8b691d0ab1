package org.mlbyhand.exercises.ps0;

import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS0 · cholesky — factor a symmetric positive definite matrix as A = L·Lᵀ, row by row.
 *
 * <p>L is lower triangular with a positive diagonal. Reading entry (i, j), j ≤ i, of A = L·Lᵀ gives
 * Aᵢⱼ = Σₖ Lᵢₖ·Lⱼₖ (k = 0 … j), and every term but the last is already known if you fill L row by
 * row, left to right (the Cholesky–Banachiewicz order). For i = 0 … n−1 and j = 0 … i:
 * <pre>{@code
 *   s   = Σₖ Lᵢₖ · Lⱼₖ              (k = 0, 1, …, j−1)
 *   Lᵢᵢ = √(Aᵢᵢ − s)                when j = i
 *   Lᵢⱼ = (Aᵢⱼ − s) / Lⱼⱼ           when j < i
 * }</pre>
 * Every entry above the diagonal of L is 0. Shapes: A and L are n×n. Only A's lower triangle is read;
 * you may assume A is symmetric and need not check it (the grader passes only symmetric matrices).
 *
 * <p>Errors: if A is not square, throw {@link ShapeMismatchException} naming its shape. The pivot
 * d = Aᵢᵢ − s is positive exactly when A is positive definite; if d ≤ 0, throw
 * {@code new NotPositiveDefiniteException(i, d)} (from {@code org.mlbyhand.core.decompose}; it is an
 * {@link ArithmeticException}) instead of taking the square root. Only d ≤ 0 is fatal: a positive
 * pivot, however small (A of scale 1e-20, or nearly singular), still gives a valid L.
 *
 * <p>You need: {@code A.rows()}, {@code A.get(i, j)}, {@code Matrix.zeros(n, n)}, {@code L.get},
 * {@code L.set}, {@code Math.sqrt}. Write the factorisation yourself: the grader refuses code that calls
 * core's {@code Cholesky}.
 *
 * <p>Classic traps: the sum starts at k = 0; subtract s before the square root, not after; divide the
 * whole Aᵢⱼ − s by Lⱼⱼ (already computed), not by Lᵢᵢ (not yet); start from zeros, not from a copy of A, or A's upper
 * triangle stays in L, and A itself must not change; return L, not Lᵀ; a zero pivot (d = 0) is as
 * fatal as a negative one.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=cholesky}
 */
public final class Cholesky {
    private Cholesky() {
    }

    /**
     * Returns the Cholesky factor L of A = L·Lᵀ.
     *
     * @param A an n×n symmetric positive definite matrix (not modified)
     * @return L, a new n×n lower-triangular matrix with a positive diagonal
     * @throws ShapeMismatchException if A is not square
     * @throws NotPositiveDefiniteException if a pivot d = Aᵢᵢ − Σₖ Lᵢₖ² is ≤ 0
     */
    public static Matrix factor(Matrix A) {
        // TODO: check the shape, then fill L row by row with the two formulas above.
        throw new NotImplementedYet("ps0 cholesky");
    }
}
