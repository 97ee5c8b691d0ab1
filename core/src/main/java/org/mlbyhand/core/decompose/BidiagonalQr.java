package org.mlbyhand.core.decompose;

/**
 * The implicit-shift QR algorithm on an upper bidiagonal matrix, with Demmel and Kahan's zero shift
 * (LAPACK's {@code dbdsqr}), the second phase of {@link Svd#of}:
 * <pre>{@code
 *   B = P·diag(σ)·Qᵀ,   B upper bidiagonal (diagonal d, superdiagonal e),   P, Q orthogonal
 * }</pre>
 * A QR step on B is the implicitly shifted QR step on the tridiagonal BᵀB done without forming it:
 * the first right rotation is the one the shift μ² would give, (d₀² − μ², d₀e₀), then alternating left
 * and right rotations chase the bulge down the band (Golub and Kahan 1965). Each rotation is also
 * applied to two columns of U (left) or V (right), which accumulate P and Q: U ← U·P, V ← V·Q.
 * <ul>
 *   <li><b>Shift:</b> μ is the smaller singular value of the trailing 2×2 block ({@link TwoByTwoSvd}), at
 *   the end the chase runs towards; when μ would spoil relative accuracy ((μ/|d|)² &lt; ε, or the
 *   estimate of σ_min below is tiny next to σ_max) the step uses μ = 0 instead, which computes every
 *   entry to high relative accuracy (Demmel and Kahan 1990).</li>
 *   <li><b>Direction:</b> the chase goes from the larger end of the block to the smaller (top to bottom
 *   when |d_first| ≥ |d_last|), so graded matrices converge from the small end.</li>
 *   <li><b>Convergence:</b> eⱼ is set to zero when |eⱼ| ≤ tol·μⱼ, μⱼ the running estimate
 *   μⱼ₊₁ = |dⱼ₊₁|·μⱼ/(μⱼ + |eⱼ|) of the smallest singular value of the block's leading part (the relative
 *   criterion, tol = max(10, min(100, ε^(−1/8)))·ε ≈ 1e-14), or when |eⱼ| ≤ a threshold near
 *   tol·σ_min(B); a 2×2 block is finished at once by {@link TwoByTwoSvd}.</li>
 * </ul>
 * Cost: O(n²) flops on B itself; the rotations dominate, about 0.9n² for each of U and V on a Gaussian
 * 256×256 matrix, 6n flops each, so about 11n³ flops with U and V. Each rotation is one loop over two
 * contiguous columns, which the JIT vectorizes. (Holding the rotations of several sweeps back and
 * applying them in a wavefront, to reuse columns from the first-level cache, measured slower here at
 * n = 256 and 1000, so they are applied as they come.)
 *
 * <p><b>Accuracy.</b> The zero-shift steps and the relative convergence tests give every singular value
 * of B to high relative accuracy, about 70·n·u·σⱼ (Demmel and Kahan 1990); U and V are orthogonal to
 * working precision. For the SVD of a dense matrix the bidiagonalization's normwise backward error,
 * about n²·u·‖A‖, is what bounds σ's error.
 */
final class BidiagonalQr {
    private static final double EPS = 0x1p-53;
    private static final double TOL = Math.max(10.0, Math.min(100.0, StrictMath.pow(EPS, -0.125))) * EPS;
    private static final int MAX_ITERATIONS_PER_VALUE = 6;

    private BidiagonalQr() {
    }

    /**
     * Diagonalizes B, accumulating the rotations into U and V.
     *
     * @param d length n: B's diagonal (overwritten with the singular values, ≥ 0, unsorted)
     * @param e length ≥ n − 1: B's superdiagonal eⱼ = Bⱼ,ⱼ₊₁ (overwritten: scratch, ends 0)
     * @param U n columns (of any one length): U[j] is column j (overwritten with U·P)
     * @param V n columns (of any one length): V[j] is column j (overwritten with V·Q)
     * @throws ArithmeticException if the iteration does not converge in 6n² inner steps
     */
    static void diagonalize(double[] d, double[] e, double[][] U, double[][] V) {
        int n = d.length;
        if (n > 1) {
            iterate(d, e, U, V, n);
        }
        for (int i = 0; i < n; i++) {
            if (d[i] < 0.0) {
                negate(V[i]);
            }
            d[i] = Math.abs(d[i]);                      // also turns −0 into +0
        }
    }

    private static void iterate(double[] d, double[] e, double[][] U, double[][] V, int n) {
        double smax = 0.0;
        for (int i = 0; i < n; i++) {
            smax = Math.max(smax, Math.abs(d[i]));
        }
        for (int i = 0; i < n - 1; i++) {
            smax = Math.max(smax, Math.abs(e[i]));
        }
        // Threshold: tol times an estimate of σ_min, so values below it are negligible absolutely.
        double sminoa = Math.abs(d[0]);
        if (sminoa != 0.0) {
            double mu = sminoa;
            for (int i = 1; i < n; i++) {
                mu = Math.abs(d[i]) * (mu / (mu + Math.abs(e[i - 1])));
                sminoa = Math.min(sminoa, mu);
                if (sminoa == 0.0) {
                    break;
                }
            }
        }
        sminoa = sminoa / Math.sqrt(n);
        double thresh = Math.max(TOL * sminoa, MAX_ITERATIONS_PER_VALUE * (n * (n * Double.MIN_NORMAL)));
        long maxIterations = (long) MAX_ITERATIONS_PER_VALUE * n * n;
        long iterations = 0;
        int oldLow = -1;
        int oldHigh = -1;
        boolean down = true;
        int high = n - 1;                               // the active block is low … high
        while (high > 0) {
            if (iterations > maxIterations) {
                throw new ArithmeticException("Svd: bidiagonal QR did not converge in " + maxIterations
                        + " inner steps");
            }
            // Find the top of the unreduced block ending at high, zeroing negligible superdiagonals.
            smax = Math.abs(d[high]);
            int low = 0;
            for (int i = high - 1; i >= 0; i--) {
                double abse = Math.abs(e[i]);
                if (abse <= thresh) {
                    e[i] = 0.0;
                    low = i + 1;
                    break;
                }
                smax = Math.max(smax, Math.max(Math.abs(d[i]), abse));
            }
            if (low == high) {
                high--;                                 // d[high] is a singular value
                continue;
            }
            if (low == high - 1) {                      // a 2×2 block: finish it directly
                TwoByTwoSvd s = TwoByTwoSvd.of(d[low], e[low], d[high]);
                d[low] = s.sigmaMax;
                e[low] = 0.0;
                d[high] = s.sigmaMin;
                rotate(V[low], V[high], s.cosRight, s.sinRight);
                rotate(U[low], U[high], s.cosLeft, s.sinLeft);
                high -= 2;
                continue;
            }
            if (low > oldHigh || high < oldLow) {       // a new block: choose the chase direction
                down = Math.abs(d[low]) >= Math.abs(d[high]);
            }
            // Convergence tests: the relative criterion, sweeping from the end the chase starts at.
            double sminl;
            if (down) {
                if (Math.abs(e[high - 1]) <= TOL * Math.abs(d[high])) {
                    e[high - 1] = 0.0;
                    continue;
                }
                double mu = Math.abs(d[low]);
                sminl = mu;
                boolean split = false;
                for (int i = low; i < high; i++) {
                    if (Math.abs(e[i]) <= TOL * mu) {
                        e[i] = 0.0;
                        split = true;
                        break;
                    }
                    mu = Math.abs(d[i + 1]) * (mu / (mu + Math.abs(e[i])));
                    sminl = Math.min(sminl, mu);
                }
                if (split) {
                    continue;
                }
            } else {
                if (Math.abs(e[low]) <= TOL * Math.abs(d[low])) {
                    e[low] = 0.0;
                    continue;
                }
                double mu = Math.abs(d[high]);
                sminl = mu;
                boolean split = false;
                for (int i = high - 1; i >= low; i--) {
                    if (Math.abs(e[i]) <= TOL * mu) {
                        e[i] = 0.0;
                        split = true;
                        break;
                    }
                    mu = Math.abs(d[i]) * (mu / (mu + Math.abs(e[i])));
                    sminl = Math.min(sminl, mu);
                }
                if (split) {
                    continue;
                }
            }
            oldLow = low;
            oldHigh = high;
            double shift = shift(d, e, low, high, down, sminl, smax, n);
            iterations += high - low;
            if (shift == 0.0) {
                if (down) {
                    zeroShiftDown(d, e, U, V, low, high);
                } else {
                    zeroShiftUp(d, e, U, V, low, high);
                }
            } else if (down) {
                shiftedDown(d, e, U, V, low, high, shift);
            } else {
                shiftedUp(d, e, U, V, low, high, shift);
            }
            int last = down ? high - 1 : low;          // the entry the step drove towards zero
            if (Math.abs(e[last]) <= thresh) {
                e[last] = 0.0;
            }
        }
    }

    /** The shift μ for the block low … high, or 0 when a shift would spoil relative accuracy. */
    private static double shift(double[] d, double[] e, int low, int high, boolean down, double sminl,
            double smax, int n) {
        if (n * TOL * (sminl / smax) <= Math.max(EPS, 0.01 * TOL)) {
            return 0.0;
        }
        double sll;
        double shift;
        if (down) {
            sll = Math.abs(d[low]);
            shift = TwoByTwoSvd.smallerValue(d[high - 1], e[high - 1], d[high]);
        } else {
            sll = Math.abs(d[high]);
            shift = TwoByTwoSvd.smallerValue(d[low], e[low], d[low + 1]);
        }
        if (sll > 0.0 && (shift / sll) * (shift / sll) < EPS) {
            return 0.0;
        }
        return shift;
    }

    /** One zero-shift QR step chasing from top to bottom (Demmel and Kahan's "implicit zero-shift QR"). */
    private static void zeroShiftDown(double[] d, double[] e, double[][] U, double[][] V, int low, int high) {
        double cs = 1.0;
        double sn = 0.0;
        double oldcs = 1.0;
        double oldsn = 0.0;
        for (int i = low; i < high; i++) {
            double f = d[i] * cs;
            double g = e[i];
            double r = hypot(f, g);
            cs = r == 0.0 ? 1.0 : f / r;
            sn = r == 0.0 ? 0.0 : g / r;
            if (i > low) {
                e[i - 1] = oldsn * r;
            }
            double f2 = oldcs * r;
            double g2 = d[i + 1] * sn;
            double r2 = hypot(f2, g2);
            oldcs = r2 == 0.0 ? 1.0 : f2 / r2;
            oldsn = r2 == 0.0 ? 0.0 : g2 / r2;
            d[i] = r2;
            rotate(V[i], V[i + 1], cs, sn);
            rotate(U[i], U[i + 1], oldcs, oldsn);
        }
        double h = d[high] * cs;
        d[high] = h * oldcs;
        e[high - 1] = h * oldsn;
    }

    /** One zero-shift QR step chasing from bottom to top. */
    private static void zeroShiftUp(double[] d, double[] e, double[][] U, double[][] V, int low, int high) {
        double cs = 1.0;
        double sn = 0.0;
        double oldcs = 1.0;
        double oldsn = 0.0;
        for (int i = high; i > low; i--) {
            double f = d[i] * cs;
            double g = e[i - 1];
            double r = hypot(f, g);
            cs = r == 0.0 ? 1.0 : f / r;
            sn = r == 0.0 ? 0.0 : g / r;
            if (i < high) {
                e[i] = oldsn * r;
            }
            double f2 = oldcs * r;
            double g2 = d[i - 1] * sn;
            double r2 = hypot(f2, g2);
            oldcs = r2 == 0.0 ? 1.0 : f2 / r2;
            oldsn = r2 == 0.0 ? 0.0 : g2 / r2;
            d[i] = r2;
            rotate(U[i - 1], U[i], cs, -sn);
            rotate(V[i - 1], V[i], oldcs, -oldsn);
        }
        double h = d[low] * cs;
        d[low] = h * oldcs;
        e[low] = h * oldsn;
    }

    /** One shifted QR step chasing the bulge from top to bottom. */
    private static void shiftedDown(double[] d, double[] e, double[][] U, double[][] V, int low, int high,
            double shift) {
        double f = (Math.abs(d[low]) - shift) * (Math.copySign(1.0, d[low]) + shift / d[low]);
        double g = e[low];
        for (int i = low; i < high; i++) {
            double r = hypot(f, g);
            double cosr = r == 0.0 ? 1.0 : f / r;
            double sinr = r == 0.0 ? 0.0 : g / r;
            if (i > low) {
                e[i - 1] = r;
            }
            f = cosr * d[i] + sinr * e[i];
            e[i] = cosr * e[i] - sinr * d[i];
            g = sinr * d[i + 1];
            d[i + 1] = cosr * d[i + 1];
            r = hypot(f, g);
            double cosl = r == 0.0 ? 1.0 : f / r;
            double sinl = r == 0.0 ? 0.0 : g / r;
            d[i] = r;
            f = cosl * e[i] + sinl * d[i + 1];
            d[i + 1] = cosl * d[i + 1] - sinl * e[i];
            if (i < high - 1) {
                g = sinl * e[i + 1];
                e[i + 1] = cosl * e[i + 1];
            }
            rotate(V[i], V[i + 1], cosr, sinr);
            rotate(U[i], U[i + 1], cosl, sinl);
        }
        e[high - 1] = f;
    }

    /** One shifted QR step chasing the bulge from bottom to top. */
    private static void shiftedUp(double[] d, double[] e, double[][] U, double[][] V, int low, int high,
            double shift) {
        double f = (Math.abs(d[high]) - shift) * (Math.copySign(1.0, d[high]) + shift / d[high]);
        double g = e[high - 1];
        for (int i = high; i > low; i--) {
            double r = hypot(f, g);
            double cosr = r == 0.0 ? 1.0 : f / r;
            double sinr = r == 0.0 ? 0.0 : g / r;
            if (i < high) {
                e[i] = r;
            }
            f = cosr * d[i] + sinr * e[i - 1];
            e[i - 1] = cosr * e[i - 1] - sinr * d[i];
            g = sinr * d[i - 1];
            d[i - 1] = cosr * d[i - 1];
            r = hypot(f, g);
            double cosl = r == 0.0 ? 1.0 : f / r;
            double sinl = r == 0.0 ? 0.0 : g / r;
            d[i] = r;
            f = cosl * e[i - 1] + sinl * d[i - 1];
            d[i - 1] = cosl * d[i - 1] - sinl * e[i - 1];
            if (i > low + 1) {
                g = sinl * e[i - 2];
                e[i - 2] = cosl * e[i - 2];
            }
            rotate(U[i - 1], U[i], cosr, -sinr);
            rotate(V[i - 1], V[i], cosl, -sinl);
        }
        e[low] = f;
    }

    /**
     * r = √(f² + g²) ≥ 0, for the rotation c = f/r, s = g/r that maps (f, g) to (r, 0) (LAPACK's
     * {@code dlartg} up to signs): the plain formula when the squares neither overflow nor underflow,
     * {@link StrictMath#hypot} otherwise (the same bits on every JVM).
     */
    private static double hypot(double f, double g) {
        double a = Math.max(Math.abs(f), Math.abs(g));
        if (a > 0x1p-500 && a < 0x1p500) {
            return Math.sqrt(f * f + g * g);
        }
        return StrictMath.hypot(f, g);
    }

    /** (x, y) ← (c·x + s·y, c·y − s·x), entry by entry (both are modified). */
    static void rotate(double[] x, double[] y, double c, double s) {
        for (int k = 0; k < x.length; k++) {
            double a = x[k];
            double b = y[k];
            x[k] = c * a + s * b;
            y[k] = c * b - s * a;
        }
    }

    private static void negate(double[] x) {
        for (int k = 0; k < x.length; k++) {
            x[k] = -x[k];
        }
    }
}
