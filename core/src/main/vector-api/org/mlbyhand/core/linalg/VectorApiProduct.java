package org.mlbyhand.core.linalg;

import java.util.Arrays;
import java.util.function.IntConsumer;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * C = A·B with a register tile of C, through the incubating Vector API ({@code jdk.incubator.vector}):
 * the path {@link ProductPath#VECTOR_API}, used when the JVM has that module (see {@link ProductPaths}).
 * This file is compiled apart from the rest of core, with {@code --add-modules jdk.incubator.vector}, and
 * only {@link ProductPaths} names it, by reflection.
 *
 * <p><b>What the plain kernel cannot do.</b> {@link BlockedProduct}'s inner loop is a loop over an array
 * that the JIT vectorizes: every pass over p loads the running sums of C from memory and stores them back.
 * Here a tile of MR rows × NR columns of C stays in vector registers for a whole block of KC steps of p,
 * and each step loads NR/L vectors of B and MR numbers of A for MR·NR/L vector multiply-adds (L doubles
 * per vector), with no load or store of C at all:
 * <pre>{@code
 *   pack A into slivers of MR rows (column by column) and B into slivers of NR columns (row by row),
 *     each block of KC steps of p on its own, zero-padded to whole slivers
 *   for each tile of C (rows i0…, column block jc… of NC columns)          (one task each on all cores)
 *     for each block of p (pc…, in order of pc):
 *       for each group of MC rows:                   MC·KC doubles of packed A: in L2
 *         for each sliver of NR columns:             KC·NR doubles of packed B: in L1
 *           for each sliver of MR rows:              the register tile
 *             c ← C tile;  for p < kc:  c[r][v] ← fma(A[r][p], B[p][v], c[r][v])  for r < MR, v < NR/L;  C tile ← c
 * }</pre>
 * The tile is chosen from the width of the machine's vectors ({@code DoubleVector.SPECIES_PREFERRED}) so
 * that the MR·NR/L sums, NR/L vectors of B and one broadcast of A fit in the registers: 6 rows × 2
 * vectors (12 + 2 + 1 of AVX2's 16 registers; the shape of BLIS's Haswell kernel) with 4 doubles per
 * vector, 4 rows × 3 vectors (12 + 3 + 1 of AVX-512's 32) with 8. The 6 × 2 tile was measured on an
 * AVX2 Zen 4 (about 1.4× the plain kernel; the 4 × 3 tile, which needs all 16 registers there, was
 * slower than the plain kernel); the 4 × 3 tile on an AVX-512 Zen 5 (about 2.8× the plain kernel). A
 * larger AVX-512 tile would use more of its registers, but has not been measured. Packing makes every
 * load of the inner loop contiguous (reading A's rows in place was twice as slow at n = 1024: six rows
 * 8 KiB apart fall into the same set of the L1 cache), and lets the edges of C, where a tile does not
 * fit, run the same kernel on a zero-padded copy. Each tile of C is cleared before its first block.
 *
 * <p><b>The same bits as the plain path.</b> Each lane of a vector multiply-add is one fused multiply-add;
 * every entry of C starts from +0 and takes Aᵢₚ·Bₚⱼ for p in order, the running sum stored in C between
 * blocks of p. That is the chain of {@link MatrixProducts}, so this kernel, {@link BlockedProduct} and
 * {@link MatrixProducts#multiplySmall} agree bit for bit, on any number of threads.
 */
final class VectorApiProduct implements TiledProduct {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    /** Doubles per vector: 4 with AVX2, 8 with AVX-512. */
    private static final int L = S.length();
    /** 4 rows × 3 vectors (32 registers), rather than 6 rows × 2 vectors (16 registers). */
    private static final boolean WIDE = L >= 8;
    /** Rows of the register tile. */
    static final int MR = WIDE ? 4 : 6;
    /** Columns of the register tile: 2 or 3 vectors. */
    static final int NR = (WIDE ? 3 : 2) * L;
    /** Depth of a block: steps of p between loading and storing a tile of C. */
    static final int KC = 256;
    /** Rows of packed A used with one sliver of B (MC·KC doubles: 192 KiB, in L2); a multiple of MR. */
    static final int MC = 96;
    /** Columns of a block of B (KC·NC doubles: about 512 KiB, in L2), a whole number of slivers. */
    static final int NC = (256 + NR - 1) / NR * NR;

    /**
     * Called by {@link ProductPaths} through reflection.
     *
     * @throws UnsupportedOperationException if vectors hold fewer than 4 doubles (see {@link ProductPaths})
     */
    VectorApiProduct() {
        if (L < 4) {
            throw new UnsupportedOperationException("vectors of " + L + " doubles: the plain kernel is used");
        }
    }

    @Override
    public void multiply(double[] A, double[] B, double[] C, int m, int k, int n, boolean parallel) {
        if (k == 0) {
            Arrays.fill(C, 0, m * n, 0.0);
            return;
        }
        if (m == 0 || n == 0) {
            return;
        }
        int kBlocks = (k + KC - 1) / KC;
        int nBlocks = (n + NC - 1) / NC;
        double[][] packedA = new double[kBlocks][];          // [pb]: all rows, KC columns
        double[][] packedB = new double[nBlocks * kBlocks][]; // [jb·kBlocks + pb]
        IntConsumer pack = t -> {
            if (t < kBlocks) {
                packedA[t] = packA(A, m, k, t * KC);
            } else {
                int b = t - kBlocks;
                packedB[b] = packB(B, k, n, (b % kBlocks) * KC, (b / kBlocks) * NC);
            }
        };
        if (parallel) {
            ParallelProduct.forEach(kBlocks + packedB.length, pack);
            int rows = (ParallelProduct.rowsPerTask(m) + MR - 1) / MR * MR;
            ParallelProduct.forEachTile(m, rows, nBlocks, (i0, i1, jb) -> multiplyTile(packedA, packedB, C, m, k, n, i0, i1, jb));
        } else {
            for (int t = 0; t < kBlocks + packedB.length; t++) {
                pack.accept(t);
            }
            for (int jb = 0; jb < nBlocks; jb++) {
                multiplyTile(packedA, packedB, C, m, k, n, 0, m, jb);
            }
        }
    }

    /**
     * Columns pc … pc+kc−1 of A in slivers of MR rows: A[s·MR + r][pc + p] at s·MR·kc + p·MR + r, rows
     * past m zero.
     */
    private static double[] packA(double[] A, int m, int k, int pc) {
        int kc = Math.min(KC, k - pc);
        int slivers = (m + MR - 1) / MR;
        double[] packed = new double[slivers * MR * kc]; // (slivers, kc, MR)
        for (int s = 0; s < slivers; s++) {
            int h = Math.min(MR, m - s * MR);
            int dst = s * MR * kc;
            int src = s * MR * k + pc;
            for (int p = 0; p < kc; p++, dst += MR) {
                for (int r = 0; r < h; r++) {
                    packed[dst + r] = A[src + r * k + p];
                }
            }
        }
        return packed;
    }

    /**
     * Rows pc … pc+kc−1, columns jc … jc+nc−1 of B in slivers of NR columns: B[pc + p][jc + s·NR + j] at
     * s·NR·kc + p·NR + j, columns past n zero.
     */
    private static double[] packB(double[] B, int k, int n, int pc, int jc) {
        int kc = Math.min(KC, k - pc);
        int nc = Math.min(NC, n - jc);
        int slivers = (nc + NR - 1) / NR;
        double[] packed = new double[slivers * NR * kc]; // (slivers, kc, NR)
        for (int s = 0; s < slivers; s++) {
            int w = Math.min(NR, nc - s * NR);
            for (int p = 0; p < kc; p++) {
                System.arraycopy(B, (pc + p) * n + jc + s * NR, packed, (s * kc + p) * NR, w);
            }
        }
        return packed;
    }

    /**
     * The tile of C in rows i0 … i1−1 (i0 a multiple of MR) and column block jb, overwritten: cleared, then
     * every block of p in order, each applied to MC rows at a time. Writes only this tile of C, so tiles
     * may run on different threads.
     */
    private static void multiplyTile(double[][] packedA, double[][] packedB, double[] C, int m, int k, int n,
                                     int i0, int i1, int jb) {
        int kBlocks = packedA.length;
        int jc = jb * NC;
        int nc = Math.min(NC, n - jc);
        for (int i = i0; i < i1; i++) {
            Arrays.fill(C, i * n + jc, i * n + jc + nc, 0.0);
        }
        double[] edge = new double[MR * NR]; // (MR, NR): a zero-padded copy of a tile at the edge of C
        for (int pb = 0; pb < kBlocks; pb++) {
            double[] a = packedA[pb];
            double[] b = packedB[jb * kBlocks + pb];
            int kc = Math.min(KC, k - pb * KC);
            for (int ic = i0; ic < i1; ic += MC) {
                int icEnd = Math.min(i1, ic + MC);
                for (int js = 0; js < nc; js += NR) {
                    int w = Math.min(NR, nc - js);
                    for (int i = ic; i < icEnd; i += MR) {
                        int h = Math.min(MR, icEnd - i);
                        int c = i * n + jc + js;
                        // sliver i/MR of A starts at (i/MR)·MR·kc = i·kc; sliver js/NR of B at js·kc
                        if (h == MR && w == NR) {
                            tile(a, i * kc, b, js * kc, kc, C, c, n);
                        } else {
                            for (int r = 0; r < h; r++) {
                                System.arraycopy(C, c + r * n, edge, r * NR, w);
                            }
                            tile(a, i * kc, b, js * kc, kc, edge, 0, NR);
                            for (int r = 0; r < h; r++) {
                                System.arraycopy(edge, r * NR, C, c + r * n, w);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The register tile: C[c …] (MR rows of NR, row stride ldc) += sliver of A · sliver of B, kc steps. */
    private static void tile(double[] a, int ai, double[] b, int bi, int kc, double[] C, int c, int ldc) {
        if (WIDE) {
            tile4x3(a, ai, b, bi, kc, C, c, ldc);
        } else {
            tile6x2(a, ai, b, bi, kc, C, c, ldc);
        }
    }

    /** 6 rows × 2 vectors of C in 12 registers, 2 vectors of B and 1 broadcast of A: 15 of AVX2's 16. */
    private static void tile6x2(double[] a, int ai, double[] b, int bi, int kc, double[] C, int c, int ldc) {
        int c1 = c + ldc, c2 = c1 + ldc, c3 = c2 + ldc, c4 = c3 + ldc, c5 = c4 + ldc;
        DoubleVector t00 = DoubleVector.fromArray(S, C, c), t01 = DoubleVector.fromArray(S, C, c + L);
        DoubleVector t10 = DoubleVector.fromArray(S, C, c1), t11 = DoubleVector.fromArray(S, C, c1 + L);
        DoubleVector t20 = DoubleVector.fromArray(S, C, c2), t21 = DoubleVector.fromArray(S, C, c2 + L);
        DoubleVector t30 = DoubleVector.fromArray(S, C, c3), t31 = DoubleVector.fromArray(S, C, c3 + L);
        DoubleVector t40 = DoubleVector.fromArray(S, C, c4), t41 = DoubleVector.fromArray(S, C, c4 + L);
        DoubleVector t50 = DoubleVector.fromArray(S, C, c5), t51 = DoubleVector.fromArray(S, C, c5 + L);
        for (int p = 0; p < kc; p++) {
            int ap = ai + p * 6;
            int bp = bi + p * NR;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bp + L);
            DoubleVector x = DoubleVector.broadcast(S, a[ap]);
            t00 = x.fma(b0, t00);
            t01 = x.fma(b1, t01);
            x = DoubleVector.broadcast(S, a[ap + 1]);
            t10 = x.fma(b0, t10);
            t11 = x.fma(b1, t11);
            x = DoubleVector.broadcast(S, a[ap + 2]);
            t20 = x.fma(b0, t20);
            t21 = x.fma(b1, t21);
            x = DoubleVector.broadcast(S, a[ap + 3]);
            t30 = x.fma(b0, t30);
            t31 = x.fma(b1, t31);
            x = DoubleVector.broadcast(S, a[ap + 4]);
            t40 = x.fma(b0, t40);
            t41 = x.fma(b1, t41);
            x = DoubleVector.broadcast(S, a[ap + 5]);
            t50 = x.fma(b0, t50);
            t51 = x.fma(b1, t51);
        }
        t00.intoArray(C, c);
        t01.intoArray(C, c + L);
        t10.intoArray(C, c1);
        t11.intoArray(C, c1 + L);
        t20.intoArray(C, c2);
        t21.intoArray(C, c2 + L);
        t30.intoArray(C, c3);
        t31.intoArray(C, c3 + L);
        t40.intoArray(C, c4);
        t41.intoArray(C, c4 + L);
        t50.intoArray(C, c5);
        t51.intoArray(C, c5 + L);
    }

    /** 4 rows × 3 vectors of C in 12 registers, 3 vectors of B and 1 broadcast of A (for 32 registers). */
    private static void tile4x3(double[] a, int ai, double[] b, int bi, int kc, double[] C, int c, int ldc) {
        int c1 = c + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
        DoubleVector t00 = DoubleVector.fromArray(S, C, c), t01 = DoubleVector.fromArray(S, C, c + L);
        DoubleVector t02 = DoubleVector.fromArray(S, C, c + 2 * L);
        DoubleVector t10 = DoubleVector.fromArray(S, C, c1), t11 = DoubleVector.fromArray(S, C, c1 + L);
        DoubleVector t12 = DoubleVector.fromArray(S, C, c1 + 2 * L);
        DoubleVector t20 = DoubleVector.fromArray(S, C, c2), t21 = DoubleVector.fromArray(S, C, c2 + L);
        DoubleVector t22 = DoubleVector.fromArray(S, C, c2 + 2 * L);
        DoubleVector t30 = DoubleVector.fromArray(S, C, c3), t31 = DoubleVector.fromArray(S, C, c3 + L);
        DoubleVector t32 = DoubleVector.fromArray(S, C, c3 + 2 * L);
        for (int p = 0; p < kc; p++) {
            int ap = ai + p * 4;
            int bp = bi + p * NR;
            DoubleVector b0 = DoubleVector.fromArray(S, b, bp);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bp + L);
            DoubleVector b2 = DoubleVector.fromArray(S, b, bp + 2 * L);
            DoubleVector x = DoubleVector.broadcast(S, a[ap]);
            t00 = x.fma(b0, t00);
            t01 = x.fma(b1, t01);
            t02 = x.fma(b2, t02);
            x = DoubleVector.broadcast(S, a[ap + 1]);
            t10 = x.fma(b0, t10);
            t11 = x.fma(b1, t11);
            t12 = x.fma(b2, t12);
            x = DoubleVector.broadcast(S, a[ap + 2]);
            t20 = x.fma(b0, t20);
            t21 = x.fma(b1, t21);
            t22 = x.fma(b2, t22);
            x = DoubleVector.broadcast(S, a[ap + 3]);
            t30 = x.fma(b0, t30);
            t31 = x.fma(b1, t31);
            t32 = x.fma(b2, t32);
        }
        t00.intoArray(C, c);
        t01.intoArray(C, c + L);
        t02.intoArray(C, c + 2 * L);
        t10.intoArray(C, c1);
        t11.intoArray(C, c1 + L);
        t12.intoArray(C, c1 + 2 * L);
        t20.intoArray(C, c2);
        t21.intoArray(C, c2 + L);
        t22.intoArray(C, c2 + 2 * L);
        t30.intoArray(C, c3);
        t31.intoArray(C, c3 + L);
        t32.intoArray(C, c3 + 2 * L);
    }
}
