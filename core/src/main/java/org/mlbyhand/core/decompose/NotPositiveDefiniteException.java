package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.MatrixFormat;

/**
 * Thrown by {@link Cholesky#of} when a symmetric matrix is not (numerically) positive definite: the
 * quantity under the square root at some pivot is not safely positive. The message names the pivot and
 * its value, {@code not positive definite: pivot 2 is -0.37}.
 *
 * <p>Like {@link SingularMatrixException} it is an {@link ArithmeticException}: the input was a valid
 * symmetric matrix, and only the factorization revealed that it has a non-positive eigenvalue (or one
 * too small to resolve). The pivot index and value are available as {@link #pivot()} and {@link #value()}.
 */
public class NotPositiveDefiniteException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    private final int pivot;
    private final double value;

    /**
     * Creates the exception for pivot {@code pivot} (from 0), whose value dᵢ = Aᵢᵢ − Σₖ Lᵢₖ² was {@code value}.
     *
     * @param pivot the row whose diagonal pivot failed, from 0
     * @param value the pivot's value before the square root
     */
    public NotPositiveDefiniteException(int pivot, double value) {
        super("not positive definite: pivot " + pivot + " is " + MatrixFormat.number(value));
        this.pivot = pivot;
        this.value = value;
    }

    /** Returns the row whose pivot failed, from 0. */
    public int pivot() {
        return pivot;
    }

    /** Returns the failed pivot's value, Aᵢᵢ − Σₖ Lᵢₖ² (before the square root). */
    public double value() {
        return value;
    }
}
