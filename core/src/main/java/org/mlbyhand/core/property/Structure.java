package org.mlbyhand.core.property;

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
     * True when A is symmetric and comfortably positive definite: every pivot of the Cholesky
     * factorisation exceeds 1e-3·max|Aᵢᵢ|, so shrinking never produces a nearly singular matrix.
     */
    static boolean isSymmetricPositiveDefinite(Matrix A) {
        if (!isSymmetric(A)) {
            return false;
        }
        int n = A.rows();
        double scale = 0.0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(A.get(i, i)));
        }
        double[][] L = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = A.get(i, j);
                for (int k = 0; k < j; k++) {
                    s -= L[i][k] * L[j][k];
                }
                if (i == j) {
                    if (!(s > 1e-3 * scale)) {
                        return false;
                    }
                    L[i][i] = Math.sqrt(s);
                } else {
                    L[i][j] = s / L[j][j];
                }
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
