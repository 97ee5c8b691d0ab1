package org.mlbyhand.core.linalg;

/**
 * The matrix-multiply kernels behind {@link Matrix#multiply(Matrix)} and {@link MatrixMultiply}, on raw
 * row-major arrays: A is m×k, B is k×n, C is m×n, with {@code A[i][p]} at {@code A[i * k + p]}.
 *
 * <p>{@link #multiplyNaive} is the definition, Cᵢⱼ = Σₚ Aᵢₚ Bₚⱼ, as the i-j-k triple loop; every faster
 * kernel is tested against it. The ladder from it to the fast kernel, one idea per rung:
 * <ol>
 *   <li>{@link #multiplyNaive}: i-j-k. The inner loop walks down a column of B, a new cache line per step.
 *   <li>{@link #multiplyLoopOrder}: i-k-j. Same arithmetic, but the inner loop streams along rows of B and
 *       C, so every cache line is used fully and the JIT can vectorize it.
 *   <li>{@link BlockedProduct}: cache blocking (a block of B stays in L2 while the rows of A pass over it)
 *       and tiling (groups of 8 rows of C pass over 4 rows of B at a time, all in L1, four multiply-adds
 *       per entry of C loaded), in plain Java whose inner loop the JIT compiles to SIMD instructions.
 *   <li>{@link ParallelProduct}: tiles of C shared out to all cores.
 *   <li>{@code VectorApiProduct} (optional, {@link ProductPath#VECTOR_API}): packed panels and a tile of C
 *       kept in vector registers for a whole block of p, through the incubating Vector API.
 * </ol>
 *
 * <p><b>Rounding, and why results never depend on threads or machine.</b> The kernels used by
 * {@link #multiply} (the small-product loop, the blocked kernel, the Vector API kernel, on one thread or
 * all) all compute every
 * entry as the same chain of fused multiply-adds, in order of p:
 * <pre>{@code
 *   s ← 0;  for p = 0 … k−1:  s ← fma(Aᵢₚ, Bₚⱼ, s);   Cᵢⱼ = s        fma(a, b, c) = a·b + c, rounded once
 * }</pre>
 * Blocking splits the range of p into consecutive pieces but keeps their order (the running sum is
 * stored in C between pieces), tiling and vectorizing only change which entries are computed together,
 * and threads split the rows of C. So the result is bit-for-bit the same for every block size, vector
 * width, register tile, product path ({@link ProductPath}) and number of threads. It differs from {@link #multiplyNaive} (which rounds the product and the
 * sum separately) by at most about k·u·Σₚ|Aᵢₚ||Bₚⱼ|, u = 2⁻⁵³.
 *
 * <p>{@link Math#fma} is one instruction on every x86-64 CPU since 2013 and every 64-bit ARM CPU; on
 * older hardware without it the JDK falls back to a slow software routine.
 */
final class MatrixProducts {
    /** Below this many multiply-adds (m·k·n) the packing of the blocked kernel costs more than it saves. */
    static final long BLOCKED_MIN_WORK = 16L * 16 * 16;
    /** The blocked kernel's vectorized inner loop runs along a row of C; narrower products skip it. */
    static final int BLOCKED_MIN_COLUMNS = 8;

    private MatrixProducts() {
    }

    /**
     * C = A·B, choosing the kernel by size: the small-product loop, or the kernel of the product path in
     * use ({@link ProductPaths}: {@link BlockedProduct} or the Vector API kernel), on all cores if
     * {@link ParallelProduct#worthSplitting}. Every choice gives the same bits.
     *
     * @param A m×k, row-major (not modified)
     * @param B k×n, row-major (not modified)
     * @param C m×n, row-major (overwritten); must not be the same array as A or B
     */
    static void multiply(double[] A, double[] B, double[] C, int m, int k, int n) {
        if ((long) m * k * n < BLOCKED_MIN_WORK || n < BLOCKED_MIN_COLUMNS) {
            multiplySmall(A, B, C, m, k, n);
        } else {
            ProductPaths.kernel().multiply(A, B, C, m, k, n, ParallelProduct.worthSplitting(m, k, n));
        }
    }

    /**
     * The definition: the i-j-k triple loop, one dot product per entry, Cᵢⱼ = Σₚ Aᵢₚ Bₚⱼ, summed in order
     * of p with a separately rounded product and sum. C (m×n) is overwritten; A and B are not modified.
     */
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

    /**
     * The second rung: the same sums as {@link #multiplyNaive} (bit for bit), with the loops in i-k-j
     * order so the inner loop adds a multiple of row p of B to row i of C. C (m×n) is overwritten.
     */
    static void multiplyLoopOrder(double[] A, double[] B, double[] C, int m, int k, int n) {
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

    /**
     * The i-k-j loop with fused multiply-adds: the exact rounding of the blocked kernel (see the class
     * comment) without its packing, for products too small to repay it. C (m×n) is overwritten.
     */
    static void multiplySmall(double[] A, double[] B, double[] C, int m, int k, int n) {
        java.util.Arrays.fill(C, 0, m * n, 0.0);
        for (int i = 0; i < m; i++) {
            int rowC = i * n;
            for (int p = 0; p < k; p++) {
                double a = A[i * k + p];
                int rowB = p * n;
                for (int j = 0; j < n; j++) {
                    C[rowC + j] = Math.fma(a, B[rowB + j], C[rowC + j]);
                }
            }
        }
    }
}
