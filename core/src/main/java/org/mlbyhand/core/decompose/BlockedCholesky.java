package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The Cholesky factorization A = L·Lᵀ by blocks, so that almost all of its n³/3 flops are spent in the
 * fast matrix product ({@link Matrix#multiply(Matrix)}) instead of in dot products.
 *
 * <p><b>Layout.</b> It computes U = Lᵀ (upper triangular), one block of {@link #BLOCK} rows at a time,
 * left-looking: block row J = [j₀, j₁) of U holds columns j₀ … j₁−1 of L, and with U₀ = U[0:j₀, ·] (the
 * rows already finished),
 * <pre>{@code
 *   W     = A[J, j₀:n] − U₀[·, J]ᵀ · U₀[·, j₀:n]     one product: (j₁−j₀)×j₀ times j₀×(n−j₀)
 *   U[J, j₀:n] = the Cholesky rows of W               (below)
 * }</pre>
 * A[J, j₀:n] is read from the lower triangle (A[J, j₀:n] = A[j₀:n, J]ᵀ), as {@link Cholesky} promises.
 * The product does the sums over the columns k &lt; j₀ of L; what is left is the sums over k ∈ J, done
 * row by row inside the block: for r = j₀ … j₁−1,
 * <pre>{@code
 *   dᵣ = Wᵣᵣ  (pivot check as in Cholesky),   Uᵣᵣ = √dᵣ,   Uᵣc = Wᵣc / Uᵣᵣ  (c > r)
 *   W_sc −= Uᵣs · Uᵣc        for every later row s of the block and c ≥ s
 * }</pre>
 * which is the unblocked algorithm's arithmetic, Lᵢⱼ = (Aᵢⱼ − Σₖ Lᵢₖ·Lⱼₖ)/Lⱼⱼ, with its inner loop
 * turned into a row update (an axpy along a row of U, which the JIT vectorizes) instead of a dot product
 * (a chain of dependent adds, which it cannot). That part costs about n²·BLOCK/4 multiply-adds of the
 * factorization's n³/6: a tenth at n = 1024, the other nine tenths are in the product.
 *
 * <p><b>Block size.</b> {@value #BLOCK} rows: the rows being updated in the block (64 × up to n entries,
 * 512 KiB at n = 1024) stay in the 1 MiB L2 cache for n up to 2048, and the product's output is 64 rows
 * (eight of the blocked product's 8-row tiles). Smaller blocks spend more calls (and copies of U₀) on the
 * product, larger ones more time in the block; in informal timings 32, 64 and 128 were within the noise
 * of each other at n = 256 and 1024.
 *
 * <p><b>Rounding.</b> Each Lᵢⱼ is Aᵢⱼ minus the same n terms Lᵢₖ·Lⱼₖ as in the unblocked loop, but summed
 * in another order (the product's fused multiply-adds for k &lt; j₀, then one subtraction per k ∈ J),
 * so results differ from the unblocked loop in the last bits and obey the same bound (Higham, Thm 10.3:
 * any order of the sums is backward stable). The product gives the same bits for any number of threads,
 * so this does too. Pivots are checked in the same order, against the same n·u·|Aᵢᵢ|, so a matrix that
 * is not positive definite fails at the same pivot (up to rounding in the last bits of dᵢ).
 */
final class BlockedCholesky {
    /** Rows of U computed per block; see the class comment. */
    static final int BLOCK = 64;

    private BlockedCholesky() {
    }

    /**
     * Returns U = Lᵀ, n×n upper triangular (zeros below the diagonal), with A = Uᵀ·U.
     *
     * @param a n×n symmetric positive definite; only its lower triangle is read (not modified)
     * @throws NotPositiveDefiniteException as {@link Cholesky#of}, naming the first failing pivot
     */
    static double[][] upperFactor(double[][] a) {
        int n = a.length;
        double[][] U = new double[n][n];
        for (int j0 = 0; j0 < n; j0 += BLOCK) {
            int j1 = Math.min(n, j0 + BLOCK);
            loadBlockRow(a, U, j0, j1);
            if (j0 > 0) {
                subtractFinishedRows(U, j0, j1);
            }
            factorBlockRow(a, U, j0, j1);
        }
        return U;
    }

    /** U[r][c] = A[c][r] for r ∈ [j₀, j₁), c ≥ r: the block row of A, read from its lower triangle. */
    private static void loadBlockRow(double[][] a, double[][] U, int j0, int j1) {
        int n = a.length;
        for (int c = j0; c < n; c++) {
            double[] aRow = a[c];
            for (int r = j0; r < Math.min(j1, c + 1); r++) {
                U[r][c] = aRow[r];
            }
        }
    }

    /** U[J, j₀:n] −= U[0:j₀, J]ᵀ · U[0:j₀, j₀:n], by the fast product (entries below the diagonal kept 0). */
    private static void subtractFinishedRows(double[][] U, int j0, int j1) {
        int n = U.length;
        int rows = j1 - j0;
        int cols = n - j0;
        double[] left = new double[rows * j0];   // U[0:j₀, J]ᵀ, rows × j₀
        double[] right = new double[j0 * cols];  // U[0:j₀, j₀:n], j₀ × cols
        for (int k = 0; k < j0; k++) {
            double[] u = U[k];
            for (int r = 0; r < rows; r++) {
                left[r * j0 + k] = u[j0 + r];
            }
            System.arraycopy(u, j0, right, k * cols, cols);
        }
        double[] product = Matrix.wrap(rows, j0, left).multiply(Matrix.wrap(j0, cols, right)).storage();
        for (int r = 0; r < rows; r++) {
            double[] u = U[j0 + r];
            int offset = r * cols - j0;
            for (int c = j0 + r; c < n; c++) {
                u[c] -= product[offset + c];
            }
        }
    }

    /** Finishes rows J of U: the sums over k ∈ J, the pivot checks, the square roots and divisions. */
    private static void factorBlockRow(double[][] a, double[][] U, int j0, int j1) {
        int n = a.length;
        double threshold = n * Checks.UNIT_ROUNDOFF;
        for (int r = j0; r < j1; r++) {
            double[] u = U[r];
            double d = u[r];
            if (!(d > threshold * Math.abs(a[r][r]))) {
                throw new NotPositiveDefiniteException(r, d);
            }
            double pivot = Math.sqrt(d);
            u[r] = pivot;
            for (int c = r + 1; c < n; c++) {
                u[c] /= pivot;
            }
            for (int s = r + 1; s < j1; s++) {
                double[] w = U[s];
                double f = u[s];
                for (int c = s; c < n; c++) {
                    w[c] -= f * u[c];
                }
            }
        }
    }
}
