package org.mlbyhand.core.decompose;

import org.mlbyhand.core.linalg.Vectors;

/**
 * One-sided Jacobi (Hestenes, 1958) orthogonalization of the columns of a p×q matrix B, p ≥ q, the
 * engine of {@link Svd}:
 * <pre>{@code
 *   B·V = W,  V orthogonal (q×q),  W's columns mutually orthogonal  ⇒  B = U·diag(σ)·Vᵀ,
 *   σⱼ = ‖wⱼ‖,  uⱼ = wⱼ/σⱼ
 * }</pre>
 * A sweep visits every pair i &lt; j of columns and, unless they are already orthogonal to working
 * precision, rotates them in their own plane so that they become orthogonal:
 * <pre>{@code
 *   α = ‖bᵢ‖²,  β = ‖bⱼ‖²,  γ = bᵢᵀbⱼ;   rotate when |γ| > tol·√α·√β,  tol = p·ε  (ε = 2⁻⁵²)
 *   ζ = (β − α)/(2γ),  t = sign(ζ)/(|ζ| + √(1 + ζ²)),  c = 1/√(1 + t²),  s = c·t
 *   (bᵢ, bⱼ) ← (c·bᵢ − s·bⱼ, s·bᵢ + c·bⱼ),   the same for columns i, j of V
 * }</pre>
 * t is the smaller root of t² + 2ζt − 1 = 0, the rotation by at most 45° that zeroes the new γ.
 * Sweeps repeat until one makes no rotation; convergence is quadratic, typically 5–10 sweeps.
 * Cost per sweep: about 6pq² + 3q³ flops. The relative test makes the columns orthogonal relative to
 * their own norms, so even tiny singular values come out with orthogonal vectors.
 */
final class OneSidedJacobi {
    /** The sweep limit; never reached in practice (convergence is quadratic). */
    static final int MAX_SWEEPS = 60;

    private static final double EPS = 0x1p-52;

    private OneSidedJacobi() {
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
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int i = 0; i < q - 1; i++) {
                for (int j = i + 1; j < q; j++) {
                    rotated |= orthogonalizePair(B, V, i, j, tol);
                }
            }
            if (!rotated) {
                return;
            }
        }
        throw new ArithmeticException("Svd: one-sided Jacobi did not converge in " + MAX_SWEEPS + " sweeps");
    }

    /** Rotates columns i and j of B and V unless they are already orthogonal; returns true if it rotated. */
    private static boolean orthogonalizePair(double[][] B, double[][] V, int i, int j, double tol) {
        double alpha = Vectors.dot(B[i], B[i]);
        double beta = Vectors.dot(B[j], B[j]);
        double gamma = Vectors.dot(B[i], B[j]);
        if (Math.abs(gamma) <= tol * Math.sqrt(alpha) * Math.sqrt(beta)) {
            return false;
        }
        double zeta = (beta - alpha) / (2.0 * gamma);
        double t = Math.abs(zeta) > 1e150
                ? 0.5 / zeta                                   // √(1 + ζ²) would overflow; t ≈ 1/(2ζ)
                : Math.copySign(1.0, zeta) / (Math.abs(zeta) + Math.sqrt(1.0 + zeta * zeta));
        double c = 1.0 / Math.sqrt(1.0 + t * t);
        double s = c * t;
        rotate(B[i], B[j], c, s);
        rotate(V[i], V[j], c, s);
        return true;
    }

    /** (x, y) ← (c·x − s·y, s·x + c·y), entry by entry (both are modified). */
    private static void rotate(double[] x, double[] y, double c, double s) {
        for (int k = 0; k < x.length; k++) {
            double a = x[k];
            double b = y[k];
            x[k] = c * a - s * b;
            y[k] = s * a + c * b;
        }
    }
}
