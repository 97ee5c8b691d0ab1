package org.mlbyhand.core.property;

import org.mlbyhand.core.decompose.Cholesky;
import org.mlbyhand.core.decompose.NotPositiveDefiniteException;
import org.mlbyhand.core.linalg.Matrix;

/** Structural predicates that generated matrices must keep while they shrink. */
final class Structure {
    private Structure() {
    }

    /** True when A is square and Aᵢⱼ = Aⱼᵢ exactly. */
    static boolean isSymmetric(Matrix A) {
        if (!A.isSquare()) {
            return false;
        }
        for (int i = 0; i < A.rows(); i++) {
            for (int j = 0; j < i; j++) {
                if (A.get(i, j) != A.get(j, i)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * True when A is symmetric and comfortably positive definite: {@link Cholesky} factors it and every
     * pivot dᵢ = Lᵢᵢ² exceeds 1e-3·max|Aᵢᵢ|, so shrinking never produces a nearly singular matrix.
     */
    static boolean isSymmetricPositiveDefinite(Matrix A) {
        if (!isSymmetric(A)) {
            return false;
        }
        Matrix L;
        try {
            L = Cholesky.of(A).l();
        } catch (NotPositiveDefiniteException | IllegalArgumentException e) {
            return false;
        }
        double scale = 0.0;
        for (int i = 0; i < A.rows(); i++) {
            scale = Math.max(scale, Math.abs(A.get(i, i)));
        }
        for (int i = 0; i < A.rows(); i++) {
            if (!(L.get(i, i) * L.get(i, i) > 1e-3 * scale)) {
                return false;
            }
        }
        return true;
    }

    /** True when A is square, zero on the other side of the diagonal, and every |Aᵢᵢ| ≥ 1/2. */
    static boolean isTriangularWithPivots(Matrix A, boolean lower) {
        if (!A.isSquare()) {
            return false;
        }
        for (int i = 0; i < A.rows(); i++) {
            if (Math.abs(A.get(i, i)) < 0.5) {
                return false;
            }
            for (int j = 0; j < A.cols(); j++) {
                if ((lower ? j > i : j < i) && A.get(i, j) != 0.0) {
                    return false;
                }
            }
        }
        return true;
    }
}
