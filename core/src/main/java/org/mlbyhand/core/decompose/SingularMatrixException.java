package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.MatrixFormat;

/**
 * Thrown when a solve meets a pivot that is zero, or too small to be told apart from rounding error, so
 * that the answer would be undefined or dominated by noise. The message names the pivot and its value,
 * for example {@code rank deficient: R[2][2] is 3.1e-17}.
 *
 * <p>It is an {@link ArithmeticException}, not an {@link IllegalArgumentException}: the argument had the
 * right shape and finite entries, and only the arithmetic revealed the problem, as with a division by
 * zero. The offending index and value are also available to programs ({@link #index()}, {@link #value()}).
 */
public class SingularMatrixException extends ArithmeticException {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final double value;

    /**
     * Creates the exception for the pivot at diagonal position {@code index}.
     *
     * @param what  text before the pivot, such as {@code "rank deficient: R"} or {@code "singular: U"}
     * @param index position of the pivot on the diagonal, from 0
     * @param value the pivot's value
     */
    public SingularMatrixException(String what, int index, double value) {
        super(what + "[" + index + "][" + index + "] is " + MatrixFormat.number(value));
        this.index = index;
        this.value = value;
    }

    /** Returns the diagonal position of the offending pivot, from 0. */
    public int index() {
        return index;
    }

    /** Returns the offending pivot's value. */
    public double value() {
        return value;
    }
}
