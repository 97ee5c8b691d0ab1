package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;

/**
 * One-sided Jacobi (Hestenes, 1958) orthogonalization of the columns of a p×q matrix B, p ≥ q, the
 * engine of {@link Svd#jacobi}:
 * <pre>{@code
 *   B·V = W,  V orthogonal (q×q),  W's columns mutually orthogonal  ⇒  B = U·diag(σ)·Vᵀ,
 *   σⱼ = ‖wⱼ‖,  uⱼ = wⱼ/σⱼ
 * }</pre>
 * A sweep visits every pair i &lt; j of columns and, unless they are already orthogonal to working
 * precision, rotates them in their own plane so that they become orthogonal. With a = ‖bᵢ‖, b = ‖bⱼ‖:
 * <pre>{@code
 *   cos = bᵢᵀbⱼ / (a·b);   rotate when |cos| > tol,  tol = p·ε  (ε = 2⁻⁵²)
 *   ζ = (b² − a²)/(2·bᵢᵀbⱼ) = (b/a − a/b)/(2·cos),   t = sign(ζ)/(|ζ| + √(1 + ζ²)),
 *   c = 1/√(1 + t²),  s = c·t,   (bᵢ, bⱼ) ← (c·bᵢ − s·bⱼ, s·bᵢ + c·bⱼ),  the same for columns i, j of V
 * }</pre>
 * t is the smaller root of t² + 2ζt − 1 = 0, the rotation by at most 45° that zeroes the new bᵢᵀbⱼ.
 * Sweeps repeat until one makes no rotation; convergence is quadratic, typically 5–10 sweeps.
 * Cost per sweep: pq² flops for the cosines plus about 8p + 6q per rotation. Written with norms and a
 * cosine rather than squared norms, nothing underflows for columns of very different size; a column of
 * norm below {@link #NEGLIGIBLE_NORM} is treated as zero (never rotated).
 */
final class OneSidedJacobi {
    /** The sweep limit; never reached in practice (convergence is quadratic). */
    static final int MAX_SWEEPS = 60;

    /**
     * Columns shorter than this (2⁻⁹⁰⁰ ≈ 1e-271, for B scaled so that max|Bᵢⱼ| ∈ [0.5, 1)) count as zero:
     * negligible next to any meaningful singular value, and far enough above the subnormal range that
     * every rotation involving a longer column keeps full precision.
     */
    static final double NEGLIGIBLE_NORM = 0x1p-900;

    private static final double EPS = 0x1p-52;

    /** Above this norm, squares and products of entries lose nothing significant to underflow. */
    private static final double SAFE_NORM = 0x1p-400;

    private OneSidedJacobi() {
    }

    /**
     * Decomposes C = N·diag(σ)·Jᵀ by orthogonalizing its columns, sorted by descending σ (equal values
     * keep the order Jacobi left them in). C is first scaled by a power of two (exactly) so that no square
     * overflows. Where σⱼ = 0, or σⱼ &lt; {@link #NEGLIGIBLE_NORM} relative to max|C|, N's column is
     * completed deterministically to an orthonormal set by Gram–Schmidt on e₀, e₁, ….
     *
     * @param C c×q matrix with c ≥ q, finite (not modified)
     * @return left (N's q columns, length c), σ (descending, ≥ 0) and right (J's q columns, length q)
     * @throws ArithmeticException if {@link #MAX_SWEEPS} sweeps do not converge
     */
    static Svd.Factors svd(Matrix C) {
        int c = C.rows();
        int q = C.cols();
        double scale = Checks.powerOfTwoScale(C.maxAbs());
        double[][] W = new double[q][];                       // q columns of length c
        double[][] J = new double[q][];                       // q columns of length q: the rotations
        for (int j = 0; j < q; j++) {
            W[j] = Vectors.scale(scale, C.column(j));
            J[j] = new double[q];
            J[j][j] = 1.0;
        }
        orthogonalize(W, J);                                  // C·J = W = N·diag(σ), N orthonormal

        double[] norms = new double[q];
        for (int j = 0; j < q; j++) {
            norms[j] = Vectors.norm(W[j]);
        }
        int[] order = Ordering.descending(norms);
        double[] sigma = new double[q];
        double[][] normalized = new double[q][];              // N: columns of length c
        double[][] rotations = new double[q][];               // J: columns of length q
        for (int j = 0; j < q; j++) {
            int o = order[j];
            sigma[j] = norms[o] / scale;                      // exact: scale is a power of two
            normalized[j] = norms[o] >= NEGLIGIBLE_NORM ? Vectors.scale(1.0 / norms[o], W[o]) : null;
            rotations[j] = J[o];
        }
        completeOrthonormal(normalized, c);
        return new Svd.Factors(normalized, sigma, rotations);
    }

    /**
     * Fills each null column with a unit vector orthogonal to all the others, by Gram–Schmidt (twice,
     * for orthogonality to working precision) on e₀, e₁, … in turn (columns are modified).
     * Some eᵢ always qualifies: the squared residuals of all p of them sum to p − (columns so far) ≥ 1.
     */
    private static void completeOrthonormal(double[][] columns, int p) {
        for (int j = 0; j < columns.length; j++) {
            if (columns[j] != null) {
                continue;
            }
            for (int i = 0; i < p && columns[j] == null; i++) {
                double[] w = new double[p];
                w[i] = 1.0;
                for (int pass = 0; pass < 2; pass++) {
                    for (double[] c : columns) {
                        if (c != null) {
                            Vectors.axpyInPlace(-Vectors.dot(c, w), c, w);
                        }
                    }
                }
                double norm = Vectors.norm(w);
                if (norm * norm >= 0.5 / p) {
                    columns[j] = Vectors.scale(1.0 / norm, w);
                }
            }
        }
    }

    /**
     * Orthogonalizes the columns of B in place and accumulates the rotations.
     *
     * @param B q columns of length p, B[j] being column j (overwritten with W = B·V)
     * @param V q columns of length q, V[j] being column j (overwritten with V·rotations; pass the identity)
     * @throws ArithmeticException if {@link #MAX_SWEEPS} sweeps do not converge
     */
    static void orthogonalize(double[][] B, double[][] V) {
        int q = B.length;
        int p = q == 0 ? 0 : B[0].length;
        double tol = Math.max(p, 1) * EPS;
        double[] norms = new double[q];
        for (int j = 0; j < q; j++) {
            norms[j] = norm(B[j]);
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int i = 0; i < q - 1; i++) {
                for (int j = i + 1; j < q; j++) {
                    rotated |= orthogonalizePair(B, V, norms, i, j, tol);
                }
            }
            if (!rotated) {
                return;
            }
        }
        throw new ArithmeticException("Svd: one-sided Jacobi did not converge in " + MAX_SWEEPS + " sweeps");
    }

    /**
     * Rotates columns i and j of B and V unless they are already orthogonal, keeping norms[i] and
     * norms[j] current; returns true if it rotated.
     */
    private static boolean orthogonalizePair(double[][] B, double[][] V, double[] norms, int i, int j, double tol) {
        double a = norms[i];
        double b = norms[j];
        if (a < NEGLIGIBLE_NORM || b < NEGLIGIBLE_NORM) {
            return false;
        }
        double cos = cosine(B[i], B[j], a, b);
        if (Math.abs(cos) <= tol) {
            return false;
        }
        double d = b / a - a / b;
        double zeta = d / (2.0 * cos);
        double t = Math.abs(zeta) > 1e150
                ? cos / d                                      // t ≈ 1/(2ζ); √(1 + ζ²) would overflow
                : Math.copySign(1.0, zeta) / (Math.abs(zeta) + Math.sqrt(1.0 + zeta * zeta));
        double c = 1.0 / Math.sqrt(1.0 + t * t);
        double s = c * t;
        rotate(B[i], B[j], c, s);
        rotate(V[i], V[j], c, s);
        norms[i] = norm(B[i]);
        norms[j] = norm(B[j]);
        return true;
    }

    /**
     * Returns xᵀy / (a·b). When both norms are at least 2⁻⁴⁰⁰ the plain dot product cannot lose anything
     * to underflow that matters next to u·a·b; otherwise y is scaled by 1/b first.
     */
    private static double cosine(double[] x, double[] y, double a, double b) {
        if (Math.min(a, b) >= SAFE_NORM) {
            return InterleavedDot.dot(x, y, 0) / a / b;
        }
        double rb = 1.0 / b;
        double sum = 0.0;
        for (int k = 0; k < x.length; k++) {
            sum += x[k] * (y[k] * rb);
        }
        return sum / a;
    }

    /**
     * Returns ‖x‖₂ in one pass as √(Σxᵢ²), which is safe for B scaled to max|Bᵢⱼ| &lt; 1 (no overflow)
     * unless the sum is tiny; then it falls back to the scaled two-pass {@link Vectors#norm}.
     */
    private static double norm(double[] x) {
        double sum = InterleavedDot.dot(x, x, 0);
        return sum >= SAFE_NORM * SAFE_NORM ? Math.sqrt(sum) : Vectors.norm(x);
    }

    /** (x, y) ← (c·x − s·y, s·x + c·y), entry by entry (both are modified). */
    private static void rotate(double[] x, double[] y, double c, double s) {
        for (int k = 0; k < x.length; k++) {
            double u = x[k];
            double v = y[k];
            x[k] = c * u - s * v;
            y[k] = s * u + c * v;
        }
    }
}
