package org.mlbyhand.core.property;

import org.mlbyhand.core.decompose.HouseholderQr;
import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.decompose.TriangularSolve;
import org.mlbyhand.core.linalg.Matrix;

/**
 * How well conditioned a generated matrix is, for the {@code require} clauses of case generators that
 * must keep only problems every correct solver answers to a given tolerance (a solve loses about
 * log₁₀ κ digits).
 */
public final class Conditioning {
    private Conditioning() {
    }

    /**
     * Returns the Frobenius condition number of a tall matrix, from a QR factorisation and a triangular
     * inverse (no iteration that could fail):
     * <pre>{@code
     *   κ_F(A) = ‖A‖_F · ‖A⁺‖_F = ‖A‖_F · ‖R⁻¹‖_F      for A = Q·R,     κ₂ ≤ κ_F ≤ n·κ₂
     * }</pre>
     *
     * @param A m×n with m ≥ n (not modified)
     * @return κ_F(A) ≥ 1; for a rank-deficient A, +∞ when a pivot of R is exactly 0 and otherwise a value
     *         of the order of 1/ε ≈ 1e16, where round-off left a tiny pivot
     */
    public static double frobenius(Matrix A) {
        Matrix R = HouseholderQr.of(A).r();
        try {
            return A.frobeniusNorm() * TriangularSolve.backSubstitution(R, Matrix.identity(A.cols())).frobeniusNorm();
        } catch (SingularMatrixException e) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
