package org.mlbyhand.benchmarks;

import java.util.Arrays;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * An exhibit, not part of {@code core}: the product with explicit SIMD through the incubating Vector API
 * ({@code jdk.incubator.vector}), to show what the JIT's auto-vectorization cannot do. It keeps a 4×(3
 * vectors) tile of C in twelve vector registers for the whole loop over p, so each step loads three
 * vectors of B and four numbers of A for twelve vector multiply-adds, and C is loaded and stored once
 * per block instead of once per step:
 * <pre>{@code
 *   for p < kc:   b₀, b₁, b₂ = next three vectors of the packed B sliver
 *                 for r < 4:  cᵣ₀ ← fma(Aᵣₚ, b₀, cᵣ₀);  cᵣ₁ ← fma(Aᵣₚ, b₁, cᵣ₁);  cᵣ₂ ← fma(Aᵣₚ, b₂, cᵣ₂)
 * }</pre>
 * Every entry is still the fused chain over p in order, so the result equals {@code core}'s bit for bit.
 *
 * <p>Why it is not in {@code core}: the module is incubating, so compiling and running it needs
 * {@code --add-modules jdk.incubator.vector} (and prints a warning), which {@code core} promises never to
 * ask of a learner. This module's build and the fork that times it pass the flag.
 */
final class VectorApiProduct {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Rows of the register tile. */
    private static final int MR = 4;
    /** Columns of the register tile: three vectors. */
    private static final int NR = 3 * L;
    private static final int KC = 256;
    private static final int MC = 96;
    private static final int NC = NR * 32;

    private VectorApiProduct() {
    }

    /** C = A·B, row-major, A m×k, B k×n; C (m×n) is overwritten, A and B are not modified. */
    static void multiply(double[] A, double[] B, double[] C, int m, int k, int n) {
        Arrays.fill(C, 0, m * n, 0.0);
        double[] packedB = new double[KC * roundUp(Math.min(NC, n), NR)];
        double[] packedA = new double[KC * roundUp(Math.min(MC, m), MR)];
        double[] tile = new double[MR * NR];
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0; pc < k; pc += KC) {
                int kc = Math.min(KC, k - pc);
                packB(B, n, pc, kc, jc, nc, packedB);
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    packA(A, k, ic, mc, pc, kc, packedA);
                    for (int js = 0; js < nc; js += NR) {
                        int w = Math.min(NR, nc - js);
                        for (int is = 0; is < mc; is += MR) {
                            int h = Math.min(MR, mc - is);
                            int c = (ic + is) * n + jc + js;
                            if (h == MR && w == NR) {
                                tile(packedA, is * kc, packedB, js * kc, kc, C, c, n);
                            } else { // an edge: work on a zero-padded copy of the tile
                                Arrays.fill(tile, 0.0);
                                for (int r = 0; r < h; r++) {
                                    System.arraycopy(C, c + r * n, tile, r * NR, w);
                                }
                                tile(packedA, is * kc, packedB, js * kc, kc, tile, 0, NR);
                                for (int r = 0; r < h; r++) {
                                    System.arraycopy(tile, r * NR, C, c + r * n, w);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** Slivers of NR columns: sliver s holds rows pc … pc+kc−1 of columns jc+s·NR …, zero-padded. */
    private static void packB(double[] B, int n, int pc, int kc, int jc, int nc, double[] packedB) {
        for (int js = 0; js < nc; js += NR) {
            int w = Math.min(NR, nc - js);
            for (int p = 0; p < kc; p++) {
                int dst = js * kc + p * NR;
                System.arraycopy(B, (pc + p) * n + jc + js, packedB, dst, w);
                Arrays.fill(packedB, dst + w, dst + NR, 0.0);
            }
        }
    }

    /** Slivers of MR rows, column by column: A[ic+is+r][pc+p] at is·kc + p·MR + r, zero-padded. */
    private static void packA(double[] A, int k, int ic, int mc, int pc, int kc, double[] packedA) {
        for (int is = 0; is < mc; is += MR) {
            int h = Math.min(MR, mc - is);
            for (int p = 0; p < kc; p++) {
                int dst = is * kc + p * MR;
                for (int r = 0; r < MR; r++) {
                    packedA[dst + r] = r < h ? A[(ic + is + r) * k + pc + p] : 0.0;
                }
            }
        }
    }

    /** The register tile: C[c…] (MR rows of NR, row stride ldc) += packed A sliver · packed B sliver. */
    private static void tile(double[] packedA, int a, double[] packedB, int b, int kc, double[] C, int c, int ldc) {
        int c1 = c + ldc;
        int c2 = c1 + ldc;
        int c3 = c2 + ldc;
        DoubleVector t00 = DoubleVector.fromArray(S, C, c), t01 = DoubleVector.fromArray(S, C, c + L);
        DoubleVector t02 = DoubleVector.fromArray(S, C, c + 2 * L);
        DoubleVector t10 = DoubleVector.fromArray(S, C, c1), t11 = DoubleVector.fromArray(S, C, c1 + L);
        DoubleVector t12 = DoubleVector.fromArray(S, C, c1 + 2 * L);
        DoubleVector t20 = DoubleVector.fromArray(S, C, c2), t21 = DoubleVector.fromArray(S, C, c2 + L);
        DoubleVector t22 = DoubleVector.fromArray(S, C, c2 + 2 * L);
        DoubleVector t30 = DoubleVector.fromArray(S, C, c3), t31 = DoubleVector.fromArray(S, C, c3 + L);
        DoubleVector t32 = DoubleVector.fromArray(S, C, c3 + 2 * L);
        for (int p = 0; p < kc; p++) {
            int bp = b + p * NR;
            int ap = a + p * MR;
            DoubleVector b0 = DoubleVector.fromArray(S, packedB, bp);
            DoubleVector b1 = DoubleVector.fromArray(S, packedB, bp + L);
            DoubleVector b2 = DoubleVector.fromArray(S, packedB, bp + 2 * L);
            DoubleVector x = DoubleVector.broadcast(S, packedA[ap]);
            t00 = x.fma(b0, t00);
            t01 = x.fma(b1, t01);
            t02 = x.fma(b2, t02);
            x = DoubleVector.broadcast(S, packedA[ap + 1]);
            t10 = x.fma(b0, t10);
            t11 = x.fma(b1, t11);
            t12 = x.fma(b2, t12);
            x = DoubleVector.broadcast(S, packedA[ap + 2]);
            t20 = x.fma(b0, t20);
            t21 = x.fma(b1, t21);
            t22 = x.fma(b2, t22);
            x = DoubleVector.broadcast(S, packedA[ap + 3]);
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

    private static int roundUp(int x, int multiple) {
        return (x + multiple - 1) / multiple * multiple;
    }
}
