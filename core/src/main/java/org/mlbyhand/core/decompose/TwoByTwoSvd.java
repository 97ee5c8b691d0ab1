package org.mlbyhand.core.decompose;

/**
 * The singular values, and vectors, of a 2×2 upper-triangular matrix, the building blocks of
 * {@link BidiagonalQr} (LAPACK's {@code dlas2} and {@code dlasv2}, after Demmel and Kahan 1990):
 * <pre>{@code
 *   [ cₗ  sₗ ] [ f  g ] [ cᵣ −sᵣ ]   [ σ_max   0   ]
 *   [−sₗ  cₗ ] [ 0  h ] [ sᵣ  cᵣ ] = [   0   σ_min ],   |σ_max| ≥ |σ_min|
 * }</pre>
 * With F = max(|f|, |h|), E = min(|f|, |h|), G = |g|, the two values are E·F/σ_max and
 * σ_max = F·(√((1 + E/F)² + (G/F)²) + √((1 − E/F)² + (G/F)²))/2, written so that nothing overflows
 * or underflows unless the answer does and the smaller value keeps full relative accuracy (barring
 * underflow): each is correct to a few units in the last place.
 */
final class TwoByTwoSvd {
    private static final double EPS = 0x1p-53;

    /** σ_max, σ_min and the rotations of the right (cᵣ, sᵣ) and left (cₗ, sₗ) side; σ's may be negative. */
    final double sigmaMax;
    final double sigmaMin;
    final double cosRight;
    final double sinRight;
    final double cosLeft;
    final double sinLeft;

    private TwoByTwoSvd(double sigmaMax, double sigmaMin, double cosRight, double sinRight, double cosLeft,
            double sinLeft) {
        this.sigmaMax = sigmaMax;
        this.sigmaMin = sigmaMin;
        this.cosRight = cosRight;
        this.sinRight = sinRight;
        this.cosLeft = cosLeft;
        this.sinLeft = sinLeft;
    }

    /** Returns the smaller singular value (≥ 0) of [[f, g], [0, h]] ({@code dlas2}). */
    static double smallerValue(double f, double g, double h) {
        double fa = Math.abs(f);
        double ga = Math.abs(g);
        double ha = Math.abs(h);
        double fhmn = Math.min(fa, ha);
        double fhmx = Math.max(fa, ha);
        if (fhmn == 0.0) {
            return 0.0;
        }
        if (ga < fhmx) {
            double as = 1.0 + fhmn / fhmx;
            double at = (fhmx - fhmn) / fhmx;
            double au = (ga / fhmx) * (ga / fhmx);
            double c = 2.0 / (Math.sqrt(as * as + au) + Math.sqrt(at * at + au));
            return fhmn * c;
        }
        double au = fhmx / ga;
        if (au == 0.0) {
            return (fhmn * fhmx) / ga;      // E·F/G: the two square roots are 1 to working precision
        }
        double as = 1.0 + fhmn / fhmx;
        double at = (fhmx - fhmn) / fhmx;
        double c = 1.0 / (Math.sqrt(1.0 + (as * au) * (as * au)) + Math.sqrt(1.0 + (at * au) * (at * au)));
        double small = (fhmn * c) * au;
        return small + small;
    }

    /** Returns the signed SVD of [[f, g], [0, h]] with its rotations ({@code dlasv2}). */
    static TwoByTwoSvd of(double f, double g, double h) {
        double ft = f;
        double fa = Math.abs(ft);
        double ht = h;
        double ha = Math.abs(h);
        int pmax = 1;                                   // which of f (1), g (2), h (3) is largest in magnitude
        boolean swap = ha > fa;
        if (swap) {                                     // work on the transpose-like form with |f| ≥ |h|
            pmax = 3;
            double t = ft;
            ft = ht;
            ht = t;
            t = fa;
            fa = ha;
            ha = t;
        }
        double gt = g;
        double ga = Math.abs(gt);
        double clt;
        double crt;
        double slt;
        double srt;
        double ssmax;
        double ssmin;
        if (ga == 0.0) {                                // already diagonal
            ssmin = ha;
            ssmax = fa;
            clt = 1.0;
            crt = 1.0;
            slt = 0.0;
            srt = 0.0;
        } else {
            boolean gSmall = true;
            ssmax = 0.0;
            ssmin = 0.0;
            clt = 0.0;
            crt = 0.0;
            slt = 0.0;
            srt = 0.0;
            if (ga > fa) {
                pmax = 2;
                if (fa / ga < EPS) {                    // g dominates: the values are |g| and |f·h/g|
                    gSmall = false;
                    ssmax = ga;
                    ssmin = ha > 1.0 ? fa / (ga / ha) : (fa / ga) * ha;
                    clt = 1.0;
                    slt = ht / gt;
                    srt = 1.0;
                    crt = ft / gt;
                }
            }
            if (gSmall) {
                double d = fa - ha;
                double l = d == fa ? 1.0 : d / fa;      // copes with infinite f or h
                double m = gt / ft;
                double t = 2.0 - l;
                double mm = m * m;
                double tt = t * t;
                double s = Math.sqrt(tt + mm);
                double r = l == 0.0 ? Math.abs(m) : Math.sqrt(l * l + mm);
                double a = 0.5 * (s + r);
                ssmin = ha / a;
                ssmax = fa * a;
                if (mm == 0.0) {
                    t = l == 0.0 ? Math.copySign(2.0, ft) * Math.copySign(1.0, gt)
                            : gt / Math.copySign(d, ft) + m / t;
                } else {
                    t = (m / (s + t) + m / (r + l)) * (1.0 + a);
                }
                l = Math.sqrt(t * t + 4.0);
                crt = 2.0 / l;
                srt = t / l;
                clt = (crt + srt * m) / a;
                slt = (ht / ft) * srt / a;
            }
        }
        double csl;
        double snl;
        double csr;
        double snr;
        if (swap) {
            csl = srt;
            snl = crt;
            csr = slt;
            snr = clt;
        } else {
            csl = clt;
            snl = slt;
            csr = crt;
            snr = srt;
        }
        double tsign = switch (pmax) {                  // the signs that make the identity hold exactly
            case 1 -> sign(csr) * sign(csl) * sign(f);
            case 2 -> sign(snr) * sign(csl) * sign(g);
            default -> sign(snr) * sign(snl) * sign(h);
        };
        ssmax = Math.copySign(ssmax, tsign);
        ssmin = Math.copySign(ssmin, tsign * sign(f) * sign(h));
        return new TwoByTwoSvd(ssmax, ssmin, csr, snr, csl, snl);
    }

    /** Fortran's SIGN(1, x): +1 or −1 with the sign bit of x. */
    private static double sign(double x) {
        return Math.copySign(1.0, x);
    }
}
