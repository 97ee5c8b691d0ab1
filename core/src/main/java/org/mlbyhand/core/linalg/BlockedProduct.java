package org.mlbyhand.core.linalg;

import java.util.Arrays;

/**
 * C = A·B by cache blocking and register tiling, in plain Java whose inner loop the JIT compiles to SIMD
 * instructions, on one core or (with {@link ParallelProduct}) on all of them.
 *
 * <p><b>Why the naive loop is slow.</b> A multiply-add needs two numbers; a core can do two (or more)
 * vector multiply-adds per cycle, but load only two or three vectors per cycle from its nearest cache
 * (L1), a fraction of that from L2, and far less from memory. So a fast kernel must (1) reuse every number
 * it loads for several multiply-adds, and (2) find the numbers in cache. The loops below do both:
 * <pre>{@code
 *   pack B into blocks of KC×NC doubles (512 KiB: fits in L2), one array per row of a block
 *   for each block of rows of C (all rows, or one task's rows on many cores):
 *     for each block of B, columns jc…, rows pc…        (in order of jc, then of pc)
 *       for each pair of rows i, i+1 of C:              two rows of nc doubles, stay in L1
 *         for p in steps of 4:                          4 rows of the packed block
 *           for j < nc:  cᵢ[j] ← fma(Aᵢ,p+3, B₃[j], fma(Aᵢ,p+2, B₂[j], fma(Aᵢ,p+1, B₁[j], fma(Aᵢ,p, B₀[j], cᵢ[j]))))
 *                        (and the same for row i+1 with the same four B values)
 * }</pre>
 * Each pass of the inner loop loads four values of B and two of C and stores two, for eight
 * multiply-adds (the naive loop: two loads per multiply-add, one of them a cache miss). The JIT turns the
 * loop over j into vector instructions because it reads and writes distinct arrays at the same index
 * {@code j}; that is why the block of B is packed into one array per row and the rows of C are copied into
 * two scratch rows (copying costs O(n) per O(n·KC) multiply-adds).
 *
 * <p>Every entry is the fused chain over p in order (see {@link MatrixProducts}): the four-deep pass nests
 * the four multiply-adds in order of p, and the running sum waits in C between blocks of p.
 */
final class BlockedProduct {
    /** Depth of a block: rows of B packed at once. */
    static final int KC = 256;
    /** Width of a block: columns of B and C handled at once (KC×NC doubles of B fit in a 1 MiB L2). */
    static final int NC = 256;

    private BlockedProduct() {
    }

    /**
     * C = A·B; C (m×n) is overwritten, A (m×k) and B (k×n) are not modified. With {@code parallel}, blocks
     * of rows of C are shared out by {@link ParallelProduct#forEachRowBlock}; the result is the same.
     */
    static void multiply(double[] A, double[] B, double[] C, int m, int k, int n, boolean parallel) {
        Arrays.fill(C, 0, m * n, 0.0);
        if (m == 0 || k == 0 || n == 0) {
            return;
        }
        double[][][] packedB = pack(B, k, n, parallel);
        if (parallel) {
            ParallelProduct.forEachRowBlock(m, (i0, i1) -> multiplyRows(A, packedB, C, k, n, i0, i1));
        } else {
            multiplyRows(A, packedB, C, k, n, 0, m);
        }
    }

    /**
     * Copies B into blocks: {@code packed[jb·kBlocks + pb][p]} is row pc+p of B, columns jc … jc+nc−1, with
     * jc = jb·NC and pc = pb·KC. Each block is a KC×NC panel read many times while it sits in cache.
     */
    private static double[][][] pack(double[] B, int k, int n, boolean parallel) {
        int kBlocks = (k + KC - 1) / KC;
        int nBlocks = (n + NC - 1) / NC;
        double[][][] packed = new double[kBlocks * nBlocks][][];
        ParallelProduct.RowRange packBlocks = (b0, b1) -> {
            for (int b = b0; b < b1; b++) {
                int jc = (b / kBlocks) * NC;
                int pc = (b % kBlocks) * KC;
                int nc = Math.min(NC, n - jc);
                int kc = Math.min(KC, k - pc);
                double[][] block = new double[kc][nc]; // (kc, nc): one array per row
                for (int p = 0; p < kc; p++) {
                    System.arraycopy(B, (pc + p) * n + jc, block[p], 0, nc);
                }
                packed[b] = block;
            }
        };
        if (parallel) {
            ParallelProduct.forEachIndex(packed.length, packBlocks);
        } else {
            packBlocks.run(0, packed.length);
        }
        return packed;
    }

    /**
     * Rows {@code i0 … i1−1} of C += A·B, block of B after block of B, each block applied to all these rows
     * while it is in cache. Only these rows of C are written, so disjoint ranges may run on different
     * threads; each call has its own scratch rows.
     */
    private static void multiplyRows(double[] A, double[][][] packedB, double[] C, int k, int n, int i0, int i1) {
        int kBlocks = (k + KC - 1) / KC;
        double[] c0 = new double[Math.min(NC, n)];
        double[] c1 = new double[c0.length];
        for (int b = 0; b < packedB.length; b++) {
            double[][] block = packedB[b];
            int jc = (b / kBlocks) * NC;
            int pc = (b % kBlocks) * KC;
            int kc = block.length;
            int nc = block[0].length;
            int i = i0;
            for (; i + 2 <= i1; i += 2) {
                int rowC = i * n + jc;
                System.arraycopy(C, rowC, c0, 0, nc);
                System.arraycopy(C, rowC + n, c1, 0, nc);
                twoRows(A, i * k + pc, (i + 1) * k + pc, block, kc, c0, c1, nc);
                System.arraycopy(c0, 0, C, rowC, nc);
                System.arraycopy(c1, 0, C, rowC + n, nc);
            }
            if (i < i1) {
                int rowC = i * n + jc;
                System.arraycopy(C, rowC, c0, 0, nc);
                oneRow(A, i * k + pc, block, kc, c0, nc);
                System.arraycopy(c0, 0, C, rowC, nc);
            }
        }
    }

    /** c0 += A[a0 … a0+kc−1]·packedB and c1 += A[a1 … a1+kc−1]·packedB, fused, in order of p. */
    private static void twoRows(double[] A, int a0, int a1, double[][] packedB, int kc,
                                double[] c0, double[] c1, int nc) {
        int p = 0;
        for (; p + 4 <= kc; p += 4) {
            fourDeepTwoRows(A, a0 + p, a1 + p, packedB[p], packedB[p + 1], packedB[p + 2], packedB[p + 3],
                    c0, c1, nc);
        }
        for (; p < kc; p++) {
            double x = A[a0 + p];
            double y = A[a1 + p];
            double[] b = packedB[p];
            for (int j = 0; j < nc; j++) {
                c0[j] = Math.fma(x, b[j], c0[j]);
                c1[j] = Math.fma(y, b[j], c1[j]);
            }
        }
    }

    /** c += A[a … a+kc−1]·packedB, fused, in order of p: the last row when the row count is odd. */
    private static void oneRow(double[] A, int a, double[][] packedB, int kc, double[] c, int nc) {
        int p = 0;
        for (; p + 4 <= kc; p += 4) {
            fourDeepOneRow(A, a + p, packedB[p], packedB[p + 1], packedB[p + 2], packedB[p + 3], c, nc);
        }
        for (; p < kc; p++) {
            double x = A[a + p];
            double[] b = packedB[p];
            for (int j = 0; j < nc; j++) {
                c[j] = Math.fma(x, b[j], c[j]);
            }
        }
    }

    /** The register tile: 2 rows of C × 4 rows of B, eight fused multiply-adds per j. */
    private static void fourDeepTwoRows(double[] A, int a0, int a1, double[] b0, double[] b1, double[] b2,
                                        double[] b3, double[] c0, double[] c1, int nc) {
        double x0 = A[a0], x1 = A[a0 + 1], x2 = A[a0 + 2], x3 = A[a0 + 3];
        double y0 = A[a1], y1 = A[a1 + 1], y2 = A[a1 + 2], y3 = A[a1 + 3];
        for (int j = 0; j < nc; j++) {
            double v0 = b0[j], v1 = b1[j], v2 = b2[j], v3 = b3[j];
            c0[j] = Math.fma(x3, v3, Math.fma(x2, v2, Math.fma(x1, v1, Math.fma(x0, v0, c0[j]))));
            c1[j] = Math.fma(y3, v3, Math.fma(y2, v2, Math.fma(y1, v1, Math.fma(y0, v0, c1[j]))));
        }
    }

    /** One row of C × 4 rows of B. */
    private static void fourDeepOneRow(double[] A, int a, double[] b0, double[] b1, double[] b2, double[] b3,
                                       double[] c, int nc) {
        double x0 = A[a], x1 = A[a + 1], x2 = A[a + 2], x3 = A[a + 3];
        for (int j = 0; j < nc; j++) {
            c[j] = Math.fma(x3, b3[j], Math.fma(x2, b2[j], Math.fma(x1, b1[j], Math.fma(x0, b0[j], c[j]))));
        }
    }
}
