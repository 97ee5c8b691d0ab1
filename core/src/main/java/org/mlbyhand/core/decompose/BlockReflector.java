package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Matrix;

/**
 * A block of consecutive Householder reflectors applied at once, as matrix products: the compact WY
 * form of Schreiber and Van Loan (1989), LAPACK's {@code dlarft} and {@code dlarfb}. For the reflectors
 * Hᵢ = I − τᵢ·yᵢ·yᵢᵀ of steps k₀ … k₁−1 of {@link HouseholderQr}, b = k₁ − k₀ of them, each yᵢ padded
 * with zeros above its first row to the common length L = m − k₀:
 * <pre>{@code
 *   H_k₀·H_k₀₊₁·…·H_k₁₋₁ = I − Y·T·Yᵀ,   Y = [y₀ … y_b₋₁] (L×b),   T upper triangular (b×b):
 *   Tᵢᵢ = τᵢ,   T[0..i−1, i] = −τᵢ · T[0..i−1, 0..i−1] · (Y[:, 0..i−1]ᵀ·yᵢ)
 *   so every later column x (its rows k₀ …) becomes  (I − Y·Tᵀ·Yᵀ)·x,  all of them at once:
 *   Xᵀ ← Xᵀ − ((Xᵀ·Y)·T)·Yᵀ
 * }</pre>
 * The same arithmetic as b reflections one by one, 4Lbc flops for c columns, but as three
 * {@link Matrix#multiply} products, whose blocked kernel runs several times faster than b passes of
 * dot products and updates over columns too long for the first-level cache. The rounding differs
 * (the same backward stability: Higham, §19.5); the result is deterministic.
 */
final class BlockReflector {
    private BlockReflector() {
    }

    /**
     * Applies (H_k₀·…·H_k₁₋₁)ᵀ to rows k₀ … m−1 of the columns k₁ … of the matrix being reduced.
     *
     * @param V   V[k] = u of step k, of length m − k, u₀ = 1 (not modified)
     * @param tau τ[k] of step k, 0 for the identity (not modified)
     * @param k0  first step of the block
     * @param k1  one past its last step
     * @param a   a[j] = column j, of length m; columns k₁ … a.length−1 are updated
     */
    static void applyTransposed(double[][] V, double[] tau, int k0, int k1, double[][] a) {
        apply(V, tau, k0, k1, k0, a, k1, true);
    }

    /**
     * Replaces rows {@code first} … {@code first}+L−1 of the columns {@code from} … of a by
     * (H_k₀·…·H_k₁₋₁)ᵀ (with {@code transposed}: Xᵀ ← Xᵀ − ((Xᵀ·Y)·T)·Yᵀ) or by H_k₀·…·H_k₁₋₁ (without:
     * Tᵀ in place of T) times them, L = V[k₀].length.
     *
     * @param V          V[k] = yₖ, V[k].length = V[k₀].length − (k − k₀), yₖ[0] = 1 (not modified)
     * @param tau        τₖ, 0 for the identity (not modified)
     * @param k0         first reflector of the block
     * @param k1         one past its last
     * @param first      the row where reflector k₀ starts
     * @param a          a[j] = column j (columns from … are updated)
     * @param from       the first column updated
     * @param transposed whether to apply the transpose of the product
     */
    static void apply(double[][] V, double[] tau, int k0, int k1, int first, double[][] a, int from,
                      boolean transposed) {
        int b = k1 - k0;
        int c = a.length - from;
        int L = V[k0].length;
        double[] yt = new double[b * L];                                        // Yᵀ, b×L
        for (int i = 0; i < b; i++) {
            System.arraycopy(V[k0 + i], 0, yt, i * L + i, L - i);
        }
        Matrix Yt = Matrix.fromRowMajor(b, L, yt);
        Matrix Y = Yt.transpose();                                              // L×b
        Matrix T = triangularFactor(Yt.multiply(Y), tau, k0);                   // b×b
        double[] xt = new double[c * L];                                        // Xᵀ, c×L
        for (int j = 0; j < c; j++) {
            System.arraycopy(a[from + j], first, xt, j * L, L);
        }
        Matrix Xt = Matrix.fromRowMajor(c, L, xt);
        double[] update = Xt.multiply(Y).multiply(transposed ? T : T.transpose()).multiply(Yt)
                .toRowMajorArray();                                             // c×L
        for (int j = 0; j < c; j++) {
            double[] x = a[from + j];
            for (int l = 0; l < L; l++) {
                x[first + l] -= update[j * L + l];
            }
        }
    }

    /** T from the Gram matrix G = YᵀY (b×b) and the τ's, column by column (class comment). */
    private static Matrix triangularFactor(Matrix G, double[] tau, int k0) {
        int b = G.rows();
        double[][] T = new double[b][b];
        for (int i = 0; i < b; i++) {
            double t = tau[k0 + i];
            T[i][i] = t;
            for (int r = 0; r < i; r++) {
                double sum = 0.0;
                for (int l = r; l < i; l++) {
                    sum += T[r][l] * G.get(l, i);
                }
                T[r][i] = -t * sum;
            }
        }
        return Matrix.of(T);
    }
}
