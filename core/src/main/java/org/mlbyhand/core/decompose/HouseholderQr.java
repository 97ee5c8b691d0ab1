package org.mlbyhand.core.decompose;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linalg.Vectors;

/**
 * The QR factorization of an m×n matrix with m ≥ n by Householder reflections,
 * <pre>{@code
 *   A = Q·R,   Q = H₀·H₁·…·Hₙ₋₁ (m×m orthogonal),   R upper triangular
 *   thin form: A = Q₁·R₁ with Q₁ = Q's first n columns (m×n), R₁ = R's first n rows (n×n)
 * }</pre>
 * Step k reflects column k of the partly reduced matrix, x = (Aₖₖ, …, Aₘ₋₁,ₖ), onto a multiple of e₁:
 * <pre>{@code
 *   v = x + sign(x₀)·‖x‖·e₁,   Hₖ = I − 2·v·vᵀ/(vᵀv) = I − τ·u·uᵀ,   u = v/v₀,   τ = 1 + |x₀|/‖x‖
 *   Hₖ·x = −sign(x₀)·‖x‖·e₁,   so  Rₖₖ = −sign(x₀)·‖x‖   with sign(0) = +1
 * }</pre>
 * Adding (not subtracting) sign(x₀)‖x‖ avoids cancellation in v₀. Storing v scaled to u (u₀ = 1,
 * |uᵢ| ≤ 1, τ ∈ [1, 2], as LAPACK's {@code dlarfg} does) keeps every quantity near 1 even for a
 * column of norm 1e-300 next to one of norm 1. A zero column gives Hₖ = I and
 * Rₖₖ = 0. Hence R's diagonal may be negative: this is the sign convention, the same as LAPACK's
 * {@code dgeqrf} up to its handling of zero columns. Q is never formed unless asked for; products
 * with it apply the stored reflectors. Cost: 2mn² − 2n³/3 flops to factor.
 *
 * <p><b>Blocking.</b> As in {@code dgeqrf}, the columns are reduced in blocks of {@link #BLOCK}: within a
 * block, step k reflects only the block's later columns; then the block's reflectors are applied to all
 * the columns right of it at once, as three matrix products ({@link BlockReflector}). Most of the flops
 * are then in {@link Matrix#multiply}'s blocked kernel instead of in one pass per reflector over every
 * later column. A with at most {@link #BLOCK} columns is reduced one column at a time, as before blocking.
 *
 * <p><b>Accuracy.</b> Householder QR is normwise backward stable: Q̂R̂ = A + ΔA with
 * ‖ΔA‖_F ≲ m·n·u·‖A‖_F, and the computed Q̂ is orthogonal to ‖Q̂ᵀQ̂ − I‖ ≲ m·n·u, whatever the
 * condition of A (Higham, Thm 19.4). Before factoring, A is scaled by a power of two (exactly) so
 * that norms neither overflow nor underflow.
 *
 * <p>Instances are immutable; accessors return copies.
 */
public final class HouseholderQr {
    /**
     * Columns reduced one by one before the block of their reflectors is applied to the rest at once
     * ({@link BlockReflector}); A with at most this many columns is reduced column by column throughout.
     */
    static final int BLOCK = 32;

    private final int m;
    private final int n;
    private final double[][] V;    // V[k]: Householder vector u of step k, length m−k, u₀ = 1
    private final double[] tau;    // τ[k] = 2/(V[k]ᵀV[k]) ∈ [1, 2], or 0 when step k is the identity
    private final double[][] R;    // n×n upper triangular

    private HouseholderQr(int m, int n, double[][] V, double[] tau, double[][] R) {
        this.m = m;
        this.n = n;
        this.V = V;
        this.tau = tau;
        this.R = R;
    }

    /**
     * Factors A = Q·R.
     *
     * @param A m×n matrix with m ≥ n (not modified)
     * @return the factorization
     * @throws ShapeMismatchException if m &lt; n ({@code A is 2×3, needs at least as many rows as columns})
     * @throws IllegalArgumentException if A holds a NaN or infinity (named with its position)
     */
    public static HouseholderQr of(Matrix A) {
        int m = A.rows();
        int n = A.cols();
        if (m < n) {
            throw new ShapeMismatchException(
                    "HouseholderQr.of: A is " + A.shape() + ", needs at least as many rows as columns");
        }
        Arguments.requireFinite("HouseholderQr.of", "A", A);
        double scale = Checks.powerOfTwoScale(A.maxAbs());
        double[][] a = new double[n][];       // a[j] = column j of scale·A, reduced in place
        for (int j = 0; j < n; j++) {
            a[j] = Vectors.scale(scale, A.column(j));
        }
        double[][] V = new double[n][];
        double[] tau = new double[n];
        double[][] R = new double[n][n];
        for (int k0 = 0; k0 < n; k0 += BLOCK) {
            int k1 = Math.min(n, k0 + BLOCK);
            for (int k = k0; k < k1; k++) {
                V[k] = reduceColumn(a, k, k1, tau);
            }
            if (k1 < n) {
                BlockReflector.applyTransposed(V, tau, k0, k1, a);
            }
        }
        for (int k = 0; k < n; k++) {
            for (int j = k; j < n; j++) {
                R[k][j] = a[j][k] / scale;                          // exact: scale is a power of two
            }
        }
        return new HouseholderQr(m, n, V, tau, R);
    }

    /** Returns R, the n×n upper-triangular factor of the thin factorization (a new copy each call). */
    public Matrix r() {
        return Matrix.of(R);
    }

    /** Returns the thin Q₁ = Q's first n columns, m×n with orthonormal columns (a new copy each call). */
    public Matrix q() {
        return firstColumnsOfQ(n);
    }

    /** Returns the full m×m orthogonal Q = H₀·H₁·…·Hₙ₋₁ (a new copy each call). Cost 4m²n − 2mn² + … flops. */
    public Matrix fullQ() {
        return firstColumnsOfQ(m);
    }

    /**
     * Returns Qᵀ·b = Hₙ₋₁·…·H₀·b. Its first n entries are the coordinates of b's projection on range(A) in
     * the basis Q₁; the norm of the last m − n is the least-squares residual ‖A·x − b‖₂.
     *
     * @param b vector of length m (not modified)
     * @return Qᵀb, length m
     * @throws ShapeMismatchException if b's length is not m
     */
    public double[] applyQTranspose(double[] b) {
        requireLengthM("applyQTranspose", b);
        double[] y = b.clone();
        for (int k = 0; k < n; k++) {
            reflect(V[k], tau[k], y, k);
        }
        return y;
    }

    /**
     * Returns Q·y = H₀·H₁·…·Hₙ₋₁·y.
     *
     * @param y vector of length m (not modified)
     * @return Qy, length m
     * @throws ShapeMismatchException if y's length is not m
     */
    public double[] applyQ(double[] y) {
        requireLengthM("applyQ", y);
        double[] z = y.clone();
        for (int k = n - 1; k >= 0; k--) {
            reflect(V[k], tau[k], z, k);
        }
        return z;
    }

    /**
     * Replaces each column x (of length m) by Q·x, all at once, the reflectors applied in blocks by matrix
     * products ({@link ReflectorProduct}): {@link #applyQ} for many columns, several times faster.
     *
     * @param X columns of length m (overwritten)
     */
    void applyQInPlace(double[][] X) {
        ReflectorProduct.apply(V, tau, n, 0, X);
    }

    /**
     * Returns the least-squares solution x = argmin ‖A·x − b‖₂, as R·x = (Qᵀb)₀..ₙ₋₁ by back substitution.
     *
     * <p>Rank test: if |Rᵢᵢ| ≤ max(m, n)·u·maxⱼ|Rⱼⱼ| for some i, A is rank deficient to working precision
     * and the minimizer is not unique. Without column pivoting this test is reliable when A's columns have
     * comparable norms; scale them first otherwise.
     *
     * <p>Accuracy: backward stable; the relative error of x is about m·n·u·(κ₂(A) + κ₂(A)²·‖r‖/(‖A‖‖x‖)),
     * with r the residual (Higham, Thm 20.3) — κ² only in proportion to the residual, unlike the normal
     * equations.
     *
     * @param b right-hand side of length m (not modified)
     * @return x of length n
     * @throws ShapeMismatchException if b's length is not m
     * @throws IllegalArgumentException if b holds a NaN or infinity
     * @throws SingularMatrixException if R has a negligible pivot, as {@code rank deficient: R[2][2] is 3.1e-17}
     */
    public double[] solve(double[] b) {
        requireLengthM("solve", b);
        Arguments.requireFinite("HouseholderQr.solve", "b", b);
        requireFullRank();
        double[] c = Arrays.copyOf(applyQTranspose(b), n);
        return TriangularSolve.back(R, c);
    }

    /**
     * Solves the least-squares problems for every column of B, as {@link #solve(double[])}.
     *
     * @param B m×k right-hand sides (not modified)
     * @return X, n×k
     * @throws ShapeMismatchException if B does not have m rows
     * @throws IllegalArgumentException if B holds a NaN or infinity
     * @throws SingularMatrixException if R has a negligible pivot
     */
    public Matrix solve(Matrix B) {
        if (B.rows() != m) {
            throw new ShapeMismatchException("HouseholderQr.solve: A is " + m + "×" + n + ", B is " + B.shape());
        }
        Arguments.requireFinite("HouseholderQr.solve", "B", B);
        requireFullRank();
        Matrix X = Matrix.zeros(n, B.cols());
        for (int j = 0; j < B.cols(); j++) {
            double[] x = TriangularSolve.back(R, Arrays.copyOf(applyQTranspose(B.column(j)), n));
            for (int i = 0; i < n; i++) {
                X.set(i, j, x[i]);
            }
        }
        return X;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Step k: finds the reflector Hₖ that zeroes column k below its diagonal, applies it to the columns
     * k+1 … k₁−1 of its block, and returns its u (setting τ[k]); a zero column gives u = 0, τ = 0.
     */
    private static double[] reduceColumn(double[][] a, int k, int k1, double[] tau) {
        int m = a[k].length;
        double[] x = Arrays.copyOfRange(a[k], k, m);          // (m−k)
        double norm = Vectors.norm(x);
        double[] u = new double[m - k];                       // stays 0 (with τ = 0) when x = 0: Hₖ = I
        if (norm > 0.0) {
            double s = x[0] >= 0.0 ? 1.0 : -1.0;
            double v0 = x[0] + s * norm;                      // |v₀| = |x₀| + ‖x‖, no cancellation
            u[0] = 1.0;
            for (int i = 1; i < u.length; i++) {
                u[i] = x[i] / v0;
            }
            tau[k] = 1.0 + Math.abs(x[0]) / norm;
            for (int j = k + 1; j < k1; j++) {
                reflect(u, tau[k], a[j], k);
            }
            a[k][k] = -s * norm;
        }
        return u;
    }

    /** y[k..m) ← Hₖ·y[k..m) = y − τ·u·(uᵀy), with u = V[k] (y is modified). */
    private static void reflect(double[] u, double tau, double[] y, int k) {
        if (tau == 0.0) {
            return;
        }
        double dot = 0.0;
        for (int i = 0; i < u.length; i++) {
            dot += u[i] * y[k + i];
        }
        double w = tau * dot;
        for (int i = 0; i < u.length; i++) {
            y[k + i] -= w * u[i];
        }
    }

    /** Q's first `count` columns, Q·eⱼ for j < count, as an m×count matrix. */
    private Matrix firstColumnsOfQ(int count) {
        Matrix Q = Matrix.zeros(m, count);
        for (int j = 0; j < count; j++) {
            double[] e = new double[m];
            e[j] = 1.0;
            double[] q = applyQ(e);
            for (int i = 0; i < m; i++) {
                Q.set(i, j, q[i]);
            }
        }
        return Q;
    }

    private void requireFullRank() {
        double largest = 0.0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, Math.abs(R[i][i]));
        }
        double negligible = Math.max(m, n) * Checks.UNIT_ROUNDOFF * largest;
        for (int i = 0; i < n; i++) {
            if (Math.abs(R[i][i]) <= negligible) {
                throw new SingularMatrixException("rank deficient: R", i, R[i][i]);
            }
        }
    }

    private void requireLengthM(String op, double[] b) {
        if (b.length != m) {
            throw new ShapeMismatchException(
                    "HouseholderQr." + op + ": A is " + m + "×" + n + ", vector has length " + b.length);
        }
    }
}
