package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The checks particular to decompositions (square, symmetric) and their shared constants; the checks
 * every package makes (finite entries, lengths) are {@link org.mlbyhand.core.linalg.Arguments}.
 */
final class Checks {
    /** The unit roundoff of double precision, u = 2⁻⁵³ ≈ 1.1e-16. */
    static final double UNIT_ROUNDOFF = 0x1p-53;

    /**
     * How far from symmetric an input to {@link Cholesky} or {@link SymmetricEigen} may be:
     * |Aᵢⱼ − Aⱼᵢ| ≤ 1e-10 · maxₖₗ |Aₖₗ|. Generous enough for a Gram matrix XᵀX or a covariance whose
     * two triangles were summed in different orders (their difference is a few n·u·max|A|), strict
     * enough to catch a matrix that is simply not symmetric.
     */
    static final double SYMMETRY_TOLERANCE = 1e-10;

    private Checks() {
    }

    /** Throws {@link ShapeMismatchException} unless A (called {@code name} in the message) is square. */
    static void requireSquare(String op, String name, Matrix A) {
        if (!A.isSquare()) {
            throw new ShapeMismatchException(op + ": " + name + " is " + A.shape() + ", not square");
        }
    }

    /** Throws {@link ShapeMismatchException} unless B has as many rows as A (called {@code name}). */
    static void requireRows(String op, String name, Matrix A, Matrix B) {
        if (B.rows() != A.rows()) {
            throw new ShapeMismatchException(op + ": " + name + " is " + A.shape() + ", B is " + B.shape());
        }
    }

    /**
     * Throws {@link IllegalArgumentException} naming the first pair with
     * |Aᵢⱼ − Aⱼᵢ| > {@link #SYMMETRY_TOLERANCE} · max|A|. A must be square and finite.
     */
    static void requireSymmetric(String op, String name, Matrix A) {
        int n = A.rows();
        double allowed = SYMMETRY_TOLERANCE * A.maxAbs();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double aij = A.get(i, j);
                double aji = A.get(j, i);
                if (Math.abs(aij - aji) > allowed) {
                    throw new IllegalArgumentException(op + ": " + name + " is not symmetric: "
                            + name + "[" + i + "][" + j + "] is " + MatrixFormat.number(aij) + " but "
                            + name + "[" + j + "][" + i + "] is " + MatrixFormat.number(aji)
                            + " (allowed difference " + MatrixFormat.number(SYMMETRY_TOLERANCE) + "·max|" + name
                            + "| = " + MatrixFormat.number(allowed) + ")");
                }
            }
        }
    }

    /**
     * Returns the power of two s with s·maxAbs in [0.5, 1) (for a subnormal maxAbs, s = 2¹⁰²², the largest
     * that leaves 1/s normal), or 1 when maxAbs is 0. Scaling by a power of two is exact, so algorithms
     * use it to keep squares and sums of squares away from overflow and underflow without changing a
     * single significant bit.
     */
    static double powerOfTwoScale(double maxAbs) {
        if (maxAbs == 0.0) {
            return 1.0;
        }
        return Math.scalb(1.0, -Math.getExponent(maxAbs) - 1);   // getExponent is −1023 for subnormals
    }
}
