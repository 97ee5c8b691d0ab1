package org.mlbyhand.core.linalg;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * C = A·B by cache blocking and tiling, in plain Java whose inner loop the JIT compiles to SIMD
 * instructions, on one core or (with {@link ParallelProduct}) on all of them.
 *
 * <p><b>Why the naive loop is slow.</b> A multiply-add needs two numbers; a core can do two (or more)
 * vector multiply-adds per cycle, but load only two or three vectors per cycle from its nearest cache
 * (L1), a fraction of that from L2, and far less from memory. So a fast kernel must (1) reuse every number
 * it loads for several multiply-adds, and (2) find the numbers in cache. The loops below do both:
 * <pre>{@code
 *   pack B into blocks of KC×NC doubles (512 KiB: fits in L2), one array per row of a block
 *   for each tile of C: rows i0…, columns jc…         (all rows on one core; 96-row tiles on many)
 *     for each block of B, rows pc…, columns jc…        (in order of pc)
 *       for each group of 8 rows of C:                  copied to 8 scratch rows (16 KiB, in L1)
 *         for p in steps of 4:                          4 rows of the block (8 KiB, in L1)
 *           for each of the 8 rows i:
 *             for j < nc:  cᵢ[j] ← fma(Aᵢ,p+3, B₃[j], fma(Aᵢ,p+2, B₂[j], fma(Aᵢ,p+1, B₁[j], fma(Aᵢ,p, B₀[j], cᵢ[j]))))
 * }</pre>
 * The innermost loop loads four values of B and one of C and stores one for four multiply-adds (the naive
 * loop: two loads per multiply-add, one of them a cache miss), all from L1: the block of B is read from
 * L2 once per group of 8 rows, and from memory once per tile. The JIT turns the loop over j into
 * vector instructions because it reads distinct arrays and writes one, all at the same index {@code j};
 * that is why the block of B is packed into one array per row and each row of C is copied into a scratch
 * row (copying costs O(n) per O(n·KC) multiply-adds). Loops that write two rows of C at once load fewer
 * values per multiply-add, but JDK 17's JIT vectorizes them only when it can prove that the two rows are
 * different arrays, which it often cannot.
 *
 * <p>Every entry is the fused chain over p in order (see {@link MatrixProducts}): the four-deep pass nests
 * the four multiply-adds in order of p, and the running sum waits in C between blocks of p.
 */
final class BlockedProduct {
    /** Depth of a block: rows of B packed at once. */
    static final int KC = 256;
    /** Width of a block: columns of B and C handled at once (KC×NC doubles of B fit in a 1 MiB L2). */
    static final int NC = 256;
    /** Rows of C that pass over the same four rows of B while those are in L1 (8·NC doubles: 16 KiB). */
    static final int GROUP = 8;

    private BlockedProduct() {
    }

    /**
     * C = A·B; C (m×n) is overwritten, A (m×k) and B (k×n) are not modified. With {@code parallel}, the
     * tiles of C (a block of rows × a block of NC columns) are shared out by
     * {@link ParallelProduct#forEachTile}; the result is the same.
     */
    static void multiply(double[] A, double[] B, double[] C, int m, int k, int n, boolean parallel) {
        if (k == 0) {
            Arrays.fill(C, 0, m * n, 0.0);
            return;
        }
        if (m == 0 || n == 0) {
            return;
        }
        double[][][] packedB = pack(B, k, n, parallel);
        int columnBlocks = (n + NC - 1) / NC;
        if (parallel) {
            ParallelProduct.forEachTile(m, columnBlocks, (i0, i1, jb) -> multiplyTile(A, packedB, C, k, n, i0, i1, jb));
        } else {
            for (int jb = 0; jb < columnBlocks; jb++) {
                multiplyTile(A, packedB, C, k, n, 0, m, jb);
            }
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
        IntConsumer packBlock = b -> {
            int jc = (b / kBlocks) * NC;
            int pc = (b % kBlocks) * KC;
            int nc = Math.min(NC, n - jc);
            int kc = Math.min(KC, k - pc);
            double[][] block = new double[kc][nc]; // (kc, nc): one array per row
            for (int p = 0; p < kc; p++) {
                System.arraycopy(B, (pc + p) * n + jc, block[p], 0, nc);
            }
            packed[b] = block;
        };
        if (parallel) {
            ParallelProduct.forEach(packed.length, packBlock);
        } else {
            for (int b = 0; b < packed.length; b++) {
                packBlock.accept(b);
            }
        }
        return packed;
    }

    /**
     * The tile of C in rows {@code i0 … i1−1} and column block {@code jb} (columns jb·NC …), overwritten:
     * the blocks of B in that column block, in order of p, each applied to all these rows while it is in
     * cache. Only this tile of C is written, so different tiles may run on different threads; each call
     * has its own scratch rows. The first block starts each sum from 0, so C need not be cleared first.
     */
    private static void multiplyTile(double[] A, double[][][] packedB, double[] C, int k, int n, int i0, int i1,
                                     int jb) {
        int kBlocks = (k + KC - 1) / KC;
        int jc = jb * NC;
        int nc = Math.min(NC, n - jc);
        double[][] rows = new double[GROUP][nc]; // (GROUP, nc): scratch copies of rows of C
        for (int pb = 0; pb < kBlocks; pb++) {
            double[][] block = packedB[jb * kBlocks + pb];
            int pc = pb * KC;
            int kc = block.length;
            for (int i = i0; i < i1; i += GROUP) {
                int g = Math.min(GROUP, i1 - i);
                for (int r = 0; r < g; r++) {
                    if (pb == 0) {
                        Arrays.fill(rows[r], 0.0);
                    } else {
                        System.arraycopy(C, (i + r) * n + jc, rows[r], 0, nc);
                    }
                }
                int p = 0;
                for (; p + 4 <= kc; p += 4) {
                    double[] b0 = block[p], b1 = block[p + 1], b2 = block[p + 2], b3 = block[p + 3];
                    for (int r = 0; r < g; r++) {
                        fourDeep(A, (i + r) * k + pc + p, b0, b1, b2, b3, rows[r], nc);
                    }
                }
                for (; p < kc; p++) {
                    double[] bp = block[p];
                    for (int r = 0; r < g; r++) {
                        double x = A[(i + r) * k + pc + p];
                        double[] c = rows[r];
                        for (int j = 0; j < nc; j++) {
                            c[j] = Math.fma(x, bp[j], c[j]);
                        }
                    }
                }
                for (int r = 0; r < g; r++) {
                    System.arraycopy(rows[r], 0, C, (i + r) * n + jc, nc);
                }
            }
        }
    }

    /**
     * The inner kernel: c += A[a … a+3]·(b0; b1; b2; b3), four fused multiply-adds per j, nested in order
     * of p. One output array, read and written at the same index as the four inputs: the loop shape the
     * JIT vectorizes on every JDK since 17.
     */
    private static void fourDeep(double[] A, int a, double[] b0, double[] b1, double[] b2, double[] b3,
                                 double[] c, int nc) {
        double x0 = A[a], x1 = A[a + 1], x2 = A[a + 2], x3 = A[a + 3];
        for (int j = 0; j < nc; j++) {
            c[j] = Math.fma(x3, b3[j], Math.fma(x2, b2[j], Math.fma(x1, b1[j], Math.fma(x0, b0[j], c[j]))));
        }
    }
}
