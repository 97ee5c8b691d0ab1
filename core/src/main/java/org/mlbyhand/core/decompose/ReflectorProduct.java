package org.mlbyhand.core.decompose;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Matrix;

/**
 * The product of a sequence of Householder reflectors, formed or applied in blocks by matrix products
 * (LAPACK's {@code dorgbr}/{@code dorgqr} and {@code dormqr} with {@code dlarft} and {@code dlarfb}):
 * {@link Bidiagonalization} forms U and V with it, and {@link Svd} maps a tall matrix's U_R through the
 * QR's Q. Reflector r acts on rows r + off … n−1,
 * <pre>{@code
 *   Gᵣ = I − τᵣ·yᵣ·yᵣᵀ,   yᵣ = (1, yᵣ,₁, …) of length n − r − off,   Q = G₀·G₁·…·G_count−1   (n×n)
 * }</pre>
 * Q is formed last block to first, starting from I: a block of b reflectors, k₀ … k₁−1, is
 * <pre>{@code
 *   G_k₀·…·G_k₁₋₁ = I − Y·T·Yᵀ,   Y = [y_k₀ … y_k₁₋₁] (L×b, each padded with zeros above),   T upper triangular
 * }</pre>
 * ({@link BlockReflector} builds T and applies the block)
 * and it multiplies the trailing block X of the product so far (rows and columns k₀ + off …; the
 * columns before are still those of I there, which it leaves alone), or for {@link #apply} rows k₀ + off …
 * of every given column. Columns are stored as arrays, so Xᵀ is row-major and the update is three
 * {@link Matrix#multiply} products:
 * <pre>{@code
 *   Xᵀ ← Xᵀ − ((Xᵀ·Y)·Tᵀ)·Yᵀ
 * }</pre>
 * The same flops as applying the reflectors one at a time (4n³/3 to form Q), but in the blocked product kernel
 * (several times faster than a pass over the trailing columns per reflector). Deterministic.
 */
final class ReflectorProduct {
    /** Reflectors per block. */
    static final int BLOCK = 64;

    private ReflectorProduct() {
    }

    /**
     * Forms Q = G₀·…·G_count−1.
     *
     * @param Y     Y[r] = yᵣ of length n − r − off with yᵣ[0] = 1 (not modified)
     * @param tau   τᵣ, 0 for the identity (not modified)
     * @param count the number of reflectors
     * @param off   reflector r starts at row r + off
     * @param Q     n arrays of length n (overwritten with Q's columns)
     */
    static void form(double[][] Y, double[] tau, int count, int off, double[][] Q) {
        int n = Q.length;
        for (int j = 0; j < n; j++) {
            Arrays.fill(Q[j], 0.0);
            Q[j][j] = 1.0;
        }
        for (int k0 = lastBlockStart(count); k0 >= 0; k0 -= BLOCK) {
            // The columns before k0 + off are still those of I in the rows the block touches: leave them.
            BlockReflector.apply(Y, tau, k0, Math.min(count, k0 + BLOCK), k0 + off, Q, k0 + off, false);
        }
    }

    /**
     * Replaces X by G₀·…·G_count−1·X, blocks last to first.
     *
     * @param Y     Y[r] = yᵣ of length n − r − off with yᵣ[0] = 1 (not modified)
     * @param tau   τᵣ, 0 for the identity (not modified)
     * @param count the number of reflectors
     * @param off   reflector r starts at row r + off
     * @param X     columns of length n (overwritten)
     */
    static void apply(double[][] Y, double[] tau, int count, int off, double[][] X) {
        for (int k0 = lastBlockStart(count); k0 >= 0; k0 -= BLOCK) {
            BlockReflector.apply(Y, tau, k0, Math.min(count, k0 + BLOCK), k0 + off, X, 0, false);
        }
    }

    /** The first reflector of the last block, or −1 when there is none. */
    private static int lastBlockStart(int count) {
        return count == 0 ? -1 : (count - 1) / BLOCK * BLOCK;
    }
}
