package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The SVD of a square matrix by Golub and Kahan's two phases, the engine of {@link Svd#of}:
 * <pre>{@code
 *   C = U₁·B·V₁ᵀ     Householder bidiagonalization ({@link Bidiagonalization}),  B upper bidiagonal
 *   B = P·diag(σ)·Qᵀ  implicit-shift QR with zero shifts where needed ({@link BidiagonalQr})
 *   C = (U₁·P)·diag(σ)·(V₁·Q)ᵀ
 * }</pre>
 * C is first scaled by a power of two (exactly) so that max|Cᵢⱼ| ∈ [0.5, 1): no square overflows, and
 * the singular values come back unscaled bit for bit. U and V are products of reflectors and
 * rotations, so they are orthogonal to working precision for every C, the zero matrix included
 * (then U = V = I): no completion is ever needed.
 */
final class GolubKahan {
    private GolubKahan() {
    }

    /**
     * Decomposes C, sorted by descending σ (a stable sort: equal values keep the order QR left them in).
     *
     * @param C n×n matrix, finite (not modified)
     * @return left (U's n columns), σ (descending, ≥ 0) and right (V's n columns)
     */
    static Svd.Factors svd(Matrix C) {
        int n = C.rows();
        double scale = Checks.powerOfTwoScale(C.maxAbs());
        double[][] columns = new double[n][];                 // n columns of length n: scale·C
        for (int j = 0; j < n; j++) {
            columns[j] = C.column(j);
            for (int i = 0; i < n; i++) {
                columns[j][i] *= scale;
            }
        }
        double[] d = new double[n];
        double[] e = new double[n];
        double[][] U = new double[n][n];
        double[][] V = new double[n][n];
        Bidiagonalization.reduce(columns, d, e, U, V);
        BidiagonalQr.diagonalize(d, e, U, V);

        int[] order = Ordering.descending(d);
        double[] sigma = new double[n];
        double[][] left = new double[n][];
        double[][] right = new double[n][];
        for (int j = 0; j < n; j++) {
            sigma[j] = d[order[j]] / scale;                   // exact: scale is a power of two
            left[j] = U[order[j]];
            right[j] = V[order[j]];
        }
        return new Svd.Factors(left, sigma, right);
    }
}
