package org.mlbyhand.core.linalg;

/**
 * The matrix-vector product y = A·x, yᵢ = Σⱼ Aᵢⱼ xⱼ, of a row-major m×n array: the kernel behind
 * {@link Matrix#multiply(double[])}.
 *
 * <p><b>Why not the two-line loop.</b> {@code s += A[i*n + j] * x[j]} is a chain: each addition waits for
 * the one before it (about 3–4 cycles), so a core that could start two multiply-adds per cycle does one
 * every few cycles, and the loop cannot be turned into vector instructions without changing the order of
 * the sum (which Java forbids the JIT to do). Here {@value #ROWS} rows are summed at once: four
 * independent chains, each the same sum in the same order as the two-line loop, so the additions of one
 * row overlap the waits of the others, and each xⱼ loaded is used four times. Every yᵢ is bit for bit the
 * two-line loop's: {@code ((0 + Aᵢ₀x₀) + Aᵢ₁x₁) + …}, each product rounded, then each sum.
 *
 * <p>A large A is read once from memory, so beyond the caches the speed is the memory's, whatever the loop.
 */
final class MatrixVectorProduct {
    /** Rows summed together: independent chains of additions that overlap. */
    static final int ROWS = 4;

    private MatrixVectorProduct() {
    }

    /**
     * Writes y = A·x.
     *
     * @param A m×n, row-major (not modified)
     * @param x length n (not modified)
     * @param y length m (overwritten)
     */
    static void multiply(double[] A, double[] x, double[] y, int m, int n) {
        int i = 0;
        for (; i + ROWS <= m; i += ROWS) {
            int a0 = i * n;
            int a1 = a0 + n;
            int a2 = a1 + n;
            int a3 = a2 + n;
            double s0 = 0.0;
            double s1 = 0.0;
            double s2 = 0.0;
            double s3 = 0.0;
            for (int j = 0; j < n; j++) {
                double xj = x[j];
                s0 += A[a0 + j] * xj;
                s1 += A[a1 + j] * xj;
                s2 += A[a2 + j] * xj;
                s3 += A[a3 + j] * xj;
            }
            y[i] = s0;
            y[i + 1] = s1;
            y[i + 2] = s2;
            y[i + 3] = s3;
        }
        for (; i < m; i++) {
            int a = i * n;
            double s = 0.0;
            for (int j = 0; j < n; j++) {
                s += A[a + j] * x[j];
            }
            y[i] = s;
        }
    }
}
