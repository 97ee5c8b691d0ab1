package org.mlbyhand.benchmarks;

import org.bytedeco.javacpp.DoublePointer;
import org.ejml.data.DMatrixRMaj;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/** Seeded operands, and the same numbers in the form each library takes. */
final class Operands {
    /** Every benchmark draws its operands from this seed, so every run times the same numbers. */
    static final long SEED = 20261122L;

    private Operands() {
    }

    /** An m×n matrix of independent N(0, 1) entries. */
    static Matrix gaussian(Rng rng, int m, int n) {
        return RandomMatrices.gaussian(rng, m, n);
    }

    /** The same matrix as EJML's row-major type (a copy). */
    static DMatrixRMaj ejml(Matrix A) {
        return new DMatrixRMaj(A.rows(), A.cols(), true, A.toRowMajorArray());
    }

    /** The same numbers, row-major, in native memory, as OpenBLAS reads them (no copy per call). */
    static DoublePointer offHeap(double[] values) {
        return new DoublePointer(values);
    }

    /** Reads n doubles back from native memory. */
    static double[] onHeap(DoublePointer p, int n) {
        double[] out = new double[n];
        p.get(out);
        return out;
    }

    /** Parses "n" as n×n·n×n, or "mxkxn" as m×k·k×n; returns {m, k, n}. */
    static int[] productShape(String shape) {
        String[] parts = shape.split("x");
        if (parts.length == 1) {
            int n = Integer.parseInt(parts[0]);
            return new int[] {n, n, n};
        }
        if (parts.length == 3) {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
        }
        throw new IllegalArgumentException("shape must be n or mxkxn, got " + shape);
    }
}
