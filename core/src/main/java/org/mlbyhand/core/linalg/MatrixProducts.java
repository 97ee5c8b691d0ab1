package org.mlbyhand.core.linalg;

/**
 * The matrix-multiply kernel behind {@link Matrix#multiply(Matrix)}, on raw row-major arrays.
 *
 * <p>{@link #multiplyNaive} is the definition, Cᵢⱼ = Σₖ Aᵢₖ Bₖⱼ, as the i-j-k triple loop; every
 * faster kernel is tested against it.
 */
final class MatrixProducts {
    private MatrixProducts() {
    }

    /**
     * C = A·B for row-major A (m×k), B (k×n), C (m×n). C is overwritten and must not alias A or B.
     * This version runs the i-k-j loop order, which streams through rows of B and C.
     */
    static void multiply(double[] A, double[] B, double[] C, int m, int k, int n) {
        java.util.Arrays.fill(C, 0, m * n, 0.0);
        for (int i = 0; i < m; i++) {
            int rowC = i * n;
            for (int p = 0; p < k; p++) {
                double a = A[i * k + p];
                int rowB = p * n;
                for (int j = 0; j < n; j++) {
                    C[rowC + j] += a * B[rowB + j];
                }
            }
        }
    }

    /** The definition: the i-j-k triple loop, one dot product per entry of C (overwritten). */
    static void multiplyNaive(double[] A, double[] B, double[] C, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0.0;
                for (int p = 0; p < k; p++) {
                    s += A[i * k + p] * B[p * n + j];
                }
                C[i * n + j] = s;
            }
        }
    }
}
