package org.mlbyhand.core.decompose;

/**
 * Householder reduction of a square matrix to upper bidiagonal form (Golub and Kahan 1965), the first
 * phase of {@link Svd#of}:
 * <pre>{@code
 *   Uᵀ·C·V = B,   U = H₀·H₁·…·Hₙ₋₁,   V = G₀·G₁·…·Gₙ₋₃,   B upper bidiagonal:
 *   Bₖₖ = dₖ,  Bₖ,ₖ₊₁ = eₖ,  every other entry 0
 * }</pre>
 * Step k first reflects column k from the left, Hₖ = I − τ·u·uᵀ zeroing Cₖ₊₁..ₙ₋₁,ₖ (rows k … n−1), then
 * row k from the right, Gₖ = I − τ·v·vᵀ zeroing Cₖ,ₖ₊₂..ₙ₋₁ (columns k+1 … n−1). Each reflector is made
 * as in LAPACK's {@code dlarfg}: for x = (x₀, x′),
 * <pre>{@code
 *   β = −sign(x₀)·‖x‖,   u = (1, x′/(x₀ − β)),   τ = (β − x₀)/β = 1 + |x₀|/‖x‖   (H·x = β·e₀)
 *   and H = I (τ = 0, β = x₀) when x′ = 0, so an already bidiagonal matrix is left exactly as it is
 * }</pre>
 * The matrix is held as columns, so that every loop (a left reflection of a column, the right
 * reflection as a sum of scaled columns) runs over contiguous memory. Cost: 8n³/3 flops to reduce,
 * 4n³/3 more for each of U and V, formed by applying the reflectors to the identity last to first
 * (then Hₖ touches only the trailing (n−k)×(n−k) block): one at a time for n ≤
 * {@link ReflectorProduct#BLOCK} (the definition), in blocks by matrix products
 * ({@link ReflectorProduct}) above. Backward stable: Û·B̂·V̂ᵀ = C + ΔC with
 * ‖ΔC‖ ≲ n²·u·‖C‖, Û and V̂ orthogonal to working precision (Higham §19.3).
 */
final class Bidiagonalization {
    private Bidiagonalization() {
    }

    /**
     * Reduces C to upper bidiagonal form and forms U and V.
     *
     * @param C n columns of length n, C[j] being column j (overwritten: left holding the reflectors)
     * @param d length n (overwritten with B's diagonal)
     * @param e length n (overwritten with B's superdiagonal, eₖ = Bₖ,ₖ₊₁, and eₙ₋₁ = 0)
     * @param U n arrays of length n (overwritten with U's columns)
     * @param V n arrays of length n (overwritten with V's columns)
     */
    static void reduce(double[][] C, double[] d, double[] e, double[][] U, double[][] V) {
        int n = C.length;
        double[] tauLeft = new double[n];
        double[] tauRight = new double[n];
        for (int k = 0; k < n; k++) {
            // Left: column k, rows k … n−1; u is stored over the zeroed part of the column.
            double[] column = C[k];
            tauLeft[k] = makeReflector(column, k);
            d[k] = column[k];
            for (int j = k + 1; j < n; j++) {
                reflect(column, tauLeft[k], C[j], k);
            }
            e[k] = 0.0;
            if (k >= n - 1) {
                continue;
            }
            // Right: row k, columns k+1 … n−1; v (stored in row k) is gathered into w to run contiguously.
            int len = n - k - 1;
            double[] w = new double[len];
            for (int j = 0; j < len; j++) {
                w[j] = C[k + 1 + j][k];
            }
            double tau = makeReflector(w, 0);
            tauRight[k] = tau;
            e[k] = w[0];
            for (int j = 0; j < len; j++) {
                C[k + 1 + j][k] = j == 0 ? 1.0 : w[j];
            }
            if (tau != 0.0) {
                reflectRows(C, k, tau);
            }
        }
        if (n <= ReflectorProduct.BLOCK) {
            formLeft(C, tauLeft, U);
            formRight(C, tauRight, V);
            return;
        }
        double[][] left = new double[n][];                  // Hₖ's u, acting on rows k …
        double[][] right = new double[n - 1][];             // Gₖ's v, acting on rows k+1 …
        for (int k = 0; k < n; k++) {
            left[k] = java.util.Arrays.copyOfRange(C[k], k, n);
            left[k][0] = 1.0;
        }
        for (int k = 0; k < n - 1; k++) {
            right[k] = new double[n - k - 1];
            for (int i = 0; i < n - k - 1; i++) {
                right[k][i] = C[k + 1 + i][k];             // C[k+1][k] holds v₀ = 1
            }
        }
        ReflectorProduct.form(left, tauLeft, n, 0, U);
        ReflectorProduct.form(right, tauRight, n - 1, 1, V);
    }

    /**
     * Makes the reflector for x = (x[off], x[off+1], …, x[x.length−1]) in place (class comment): x[off]
     * becomes β, the rest becomes u's tail (u₀ = 1 implied); returns τ.
     */
    private static double makeReflector(double[] x, int off) {
        int len = x.length - off;
        double tailNorm = len <= 1 ? 0.0 : norm(x, off + 1);
        if (tailNorm == 0.0) {
            return 0.0;
        }
        double x0 = x[off];
        double norm = StrictMath.hypot(x0, tailNorm);
        double beta = x0 >= 0.0 ? -norm : norm;
        double scale = 1.0 / (x0 - beta);               // |x₀ − β| = |x₀| + ‖x‖, no cancellation
        for (int i = off + 1; i < x.length; i++) {
            x[i] *= scale;
        }
        x[off] = beta;
        return (beta - x0) / beta;
    }

    /** y[k..n) ← (I − τ·u·uᵀ)·y[k..n), with u = (1, u[k+1..n)) (y is modified). */
    private static void reflect(double[] u, double tau, double[] y, int k) {
        if (tau == 0.0) {
            return;
        }
        int n = y.length;
        double s = tau * (y[k] + InterleavedDot.dot(u, y, k + 1));
        y[k] -= s;
        for (int i = k + 1; i < n; i++) {
            y[i] -= s * u[i];
        }
    }

    /**
     * Applies Gₖ from the right to rows k+1 … n−1 of columns k+1 … n−1: with v = (C[k+1][k], …, C[n−1][k]),
     * z = Σⱼ vⱼ·cⱼ (the columns' trailing parts), then cⱼ ← cⱼ − τ·vⱼ·z.
     */
    private static void reflectRows(double[][] C, int k, double tau) {
        int n = C.length;
        double[] z = new double[n];
        for (int j = k + 1; j < n; j++) {
            double v = C[j][k];
            double[] c = C[j];
            for (int i = k + 1; i < n; i++) {
                z[i] += v * c[i];
            }
        }
        for (int j = k + 1; j < n; j++) {
            double s = tau * C[j][k];
            double[] c = C[j];
            for (int i = k + 1; i < n; i++) {
                c[i] -= s * z[i];
            }
        }
    }

    /** U = H₀·…·Hₙ₋₁, as columns: start from I and apply Hₙ₋₁ first, so Hₖ meets only columns ≥ k. */
    private static void formLeft(double[][] C, double[] tau, double[][] U) {
        int n = C.length;
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(U[j], 0.0);
            U[j][j] = 1.0;
        }
        for (int k = n - 1; k >= 0; k--) {
            for (int j = k; j < n; j++) {
                reflect(C[k], tau[k], U[j], k);
            }
        }
    }

    /** V = G₀·…·Gₙ₋₃, as columns; Gₖ acts on rows k+1 …, its v stored in row k of C. */
    private static void formRight(double[][] C, double[] tau, double[][] V) {
        int n = C.length;
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(V[j], 0.0);
            V[j][j] = 1.0;
        }
        double[] v = new double[n];
        for (int k = n - 2; k >= 0; k--) {
            if (tau[k] == 0.0) {
                continue;
            }
            for (int i = k + 2; i < n; i++) {
                v[i] = C[i][k];                         // gathered: v's tail lies along row k
            }
            for (int j = k + 1; j < n; j++) {
                reflect(v, tau[k], V[j], k + 1);
            }
        }
    }

    /** ‖x[from..)‖₂ without overflow or harmful underflow. */
    private static double norm(double[] x, int from) {
        double scale = 0.0;
        for (int i = from; i < x.length; i++) {
            scale = Math.max(scale, Math.abs(x[i]));
        }
        if (scale == 0.0) {
            return 0.0;
        }
        double sum = 0.0;
        if (scale > 0x1p-450 && scale < 0x1p450) {
            for (int i = from; i < x.length; i++) {
                sum += x[i] * x[i];
            }
            if (sum > 0x1p-900) {
                return Math.sqrt(sum);
            }
            sum = 0.0;
        }
        double r = 1.0 / scale;
        for (int i = from; i < x.length; i++) {
            double t = x[i] * r;
            sum += t * t;
        }
        return scale * Math.sqrt(sum);
    }
}
