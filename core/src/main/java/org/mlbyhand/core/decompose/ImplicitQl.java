package org.mlbyhand.core.decompose;

/**
 * The implicit QL algorithm with Wilkinson-type shifts for a symmetric tridiagonal matrix, the second
 * phase of {@link SymmetricEigen}:
 * <pre>{@code
 *   T = W·diag(d)·Wᵀ,   T tridiagonal (diagonal d, off-diagonal e),   W orthogonal
 * }</pre>
 * For each l = 0, 1, …: find the first m ≥ l where T splits (|eₘ| ≤ ε·(|dₘ| + |dₘ₊₁|), ε = 2⁻⁵²);
 * if m = l, dₗ is an eigenvalue; otherwise take one QL step on the block l..m, implicitly shifted by
 * the eigenvalue of the leading 2×2 block closest to dₗ. The step is a chain of plane rotations
 * Pᵢ (i = m−1 down to l) chasing the bulge upwards; each rotation is also applied to the accumulated
 * eigenvector matrix. Convergence is cubic for symmetric matrices; about 1.5 steps per eigenvalue in
 * practice. Cost: about 3n³ flops for the rotations of the eigenvectors, O(n²) for the eigenvalues.
 * (Algorithm: Bowdler, Martin, Reinsch and Wilkinson, "The QR and QL algorithms for symmetric
 * matrices", Numer. Math. 11, 1968; EISPACK's {@code tql2}.)
 */
final class ImplicitQl {
    /** The step limit per eigenvalue; never reached in practice (convergence is cubic). */
    static final int MAX_STEPS_PER_EIGENVALUE = 60;

    private static final double EPS = 0x1p-52;

    private ImplicitQl() {
    }

    /**
     * Diagonalizes the tridiagonal T, accumulating the rotations into the rows of ZT.
     *
     * @param d  length n: T's diagonal (overwritten with the eigenvalues, unsorted)
     * @param e  length n: eᵢ = Tᵢ,ᵢ₊₁ and eₙ₋₁ = 0 (overwritten: scratch)
     * @param ZT n×k with rows indexed like d (overwritten: ZT ← Wᵀ·ZT, so starting from Qᵀ with
     *           S = Q·T·Qᵀ, row j ends as the eigenvector of S for d[j])
     * @throws ArithmeticException if an eigenvalue needs more than {@link #MAX_STEPS_PER_EIGENVALUE} steps
     */
    static void diagonalize(double[] d, double[] e, double[][] ZT) {
        int n = d.length;
        for (int l = 0; l < n; l++) {
            int steps = 0;
            while (true) {
                int m = splitPoint(d, e, l);
                if (m == l) {
                    break;
                }
                if (++steps > MAX_STEPS_PER_EIGENVALUE) {
                    throw new ArithmeticException("SymmetricEigen: QL did not converge for eigenvalue " + l
                            + " after " + MAX_STEPS_PER_EIGENVALUE + " steps");
                }
                step(d, e, ZT, l, m);
            }
        }
    }

    /** Returns the first m ≥ l with a negligible eₘ, or n − 1. */
    private static int splitPoint(double[] d, double[] e, int l) {
        int n = d.length;
        int m = l;
        while (m < n - 1 && Math.abs(e[m]) > EPS * (Math.abs(d[m]) + Math.abs(d[m + 1]))) {
            m++;
        }
        return m;
    }

    /** One implicitly shifted QL step on the unreduced block l..m. */
    private static void step(double[] d, double[] e, double[][] ZT, int l, int m) {
        // Shift: the eigenvalue of [[dₗ, eₗ], [eₗ, dₗ₊₁]] nearer dₗ, folded into g = dₘ − shift.
        double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
        double r = StrictMath.hypot(g, 1.0);
        g = d[m] - d[l] + e[l] / (g + Math.copySign(r, g));
        double s = 1.0;
        double c = 1.0;
        double p = 0.0;
        for (int i = m - 1; i >= l; i--) {
            double f = s * e[i];
            double b = c * e[i];
            r = StrictMath.hypot(f, g);
            e[i + 1] = r;
            if (r == 0.0) {
                // f and g underflowed together: T has split at i+1; restart the search from l.
                d[i + 1] -= p;
                e[m] = 0.0;
                return;
            }
            s = f / r;
            c = g / r;
            g = d[i + 1] - p;
            r = (d[i] - g) * s + 2.0 * c * b;
            p = s * r;
            d[i + 1] = g + p;
            g = c * r - b;
            rotateRows(ZT[i], ZT[i + 1], c, s);
        }
        d[l] -= p;
        e[l] = g;
        e[m] = 0.0;
    }

    /** (zᵢ, zᵢ₊₁) ← (c·zᵢ − s·zᵢ₊₁, s·zᵢ + c·zᵢ₊₁), entry by entry (both rows are modified). */
    private static void rotateRows(double[] zi, double[] zi1, double c, double s) {
        for (int k = 0; k < zi.length; k++) {
            double a = zi[k];
            double b = zi1[k];
            zi[k] = c * a - s * b;
            zi1[k] = s * a + c * b;
        }
    }
}
