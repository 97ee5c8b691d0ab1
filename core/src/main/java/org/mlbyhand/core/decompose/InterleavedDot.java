package org.mlbyhand.core.decompose;

/**
 * The dot product of the decompositions' inner loops, as four interleaved sums: entries i − from ≡ 0, 1, 2,
 * 3 (mod 4), each chain in order of i, added pairwise at the end, (s₀ + s₁) + (s₂ + s₃). Four independent
 * chains of additions keep the processor's adders busy, where one chain waits for each addition to finish
 * before starting the next (and the JIT may not reorder a sum to vectorize it). A fixed order, so the
 * same bits on every run; the error bound is the usual one, n·u·Σ|xᵢyᵢ|.
 */
final class InterleavedDot {
    private InterleavedDot() {
    }

    /**
     * Returns Σᵢ x[i]·y[i] over i = from … x.length−1 (y at least as long as x).
     */
    static double dot(double[] x, double[] y, int from) {
        double s0 = 0.0;
        double s1 = 0.0;
        double s2 = 0.0;
        double s3 = 0.0;
        int i = from;
        for (; i + 4 <= x.length; i += 4) {
            s0 += x[i] * y[i];
            s1 += x[i + 1] * y[i + 1];
            s2 += x[i + 2] * y[i + 2];
            s3 += x[i + 3] * y[i + 3];
        }
        for (; i < x.length; i++) {
            s0 += x[i] * y[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
