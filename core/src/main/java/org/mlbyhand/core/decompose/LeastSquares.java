package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Linear least squares by Householder QR:
 * <pre>{@code
 *   x = argmin_x ‖A·x − b‖₂        A is m×n with m ≥ n and full column rank
 *   A = Q·R  ⇒  ‖A·x − b‖₂² = ‖R·x − (Qᵀb)₀..ₙ₋₁‖₂² + ‖(Qᵀb)ₙ..ₘ₋₁‖₂²   ⇒   R·x = (Qᵀb)₀..ₙ₋₁
 * }</pre>
 * The normal equations AᵀA·x = Aᵀb give the same x in exact arithmetic but square the condition
 * number; QR never forms AᵀA. The solution satisfies Aᵀ(A·x − b) = 0 (the residual is orthogonal to
 * A's columns), which is how the tests check it without a reference. Cost: 2mn² − 2n³/3 flops.
 *
 * <p>Accuracy, rank test and sign conventions are those of {@link HouseholderQr#solve(double[])}.
 */
public final class LeastSquares {
    private LeastSquares() {
    }

    /**
     * Returns x = argmin ‖A·x − b‖₂.
     *
     * @param A m×n design matrix with m ≥ n (not modified)
     * @param b target vector of length m (not modified)
     * @return x of length n
     * @throws ShapeMismatchException if m &lt; n (the minimizer is not unique), or b's length is not m
     * @throws IllegalArgumentException if A or b holds a NaN or infinity (named with its position)
     * @throws SingularMatrixException if A is rank deficient to working precision:
     *         |Rᵢᵢ| ≤ max(m, n)·u·maxⱼ|Rⱼⱼ|, as {@code rank deficient: R[2][2] is 3.1e-17}
     */
    public static double[] solve(Matrix A, double[] b) {
        requireTall(A);
        if (b.length != A.rows()) {
            throw new ShapeMismatchException("LeastSquares.solve: A is " + A.shape() + ", b has length " + b.length);
        }
        return HouseholderQr.of(A).solve(b);
    }

    /**
     * Returns X = argmin ‖A·X − B‖_F, column by column: X's column j is {@code solve(A, B's column j)}.
     *
     * @param A m×n design matrix with m ≥ n (not modified)
     * @param B m×k targets (not modified)
     * @return X, n×k
     * @throws ShapeMismatchException if m &lt; n, or B does not have m rows
     * @throws IllegalArgumentException if A or B holds a NaN or infinity
     * @throws SingularMatrixException if A is rank deficient to working precision
     */
    public static Matrix solve(Matrix A, Matrix B) {
        requireTall(A);
        if (B.rows() != A.rows()) {
            throw new ShapeMismatchException("LeastSquares.solve", A, B);
        }
        return HouseholderQr.of(A).solve(B);
    }

    private static void requireTall(Matrix A) {
        if (A.rows() < A.cols()) {
            throw new ShapeMismatchException("LeastSquares.solve: A is " + A.shape()
                    + ", fewer rows than columns, so the minimizer is not unique");
        }
    }
}
