package org.mlbyhand.core.decompose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.random.Rng;

class TwoByTwoSvdTest {
    /** A few units in the last place of the largest entry (the 2×2 formulas are accurate to a few ulps). */
    private static final double ULPS = 1e-15;

    /** The smaller value relative to itself: high relative accuracy, barring underflow. */
    private static final double RELATIVE = 1e-14;

    @Test
    void rotationsDiagonalizeTheTriangleOnEveryScale() {
        Rng rng = new Rng(71L);
        double[] scales = {0.0, 1e-300, 1e-150, 1e-20, 1.0, 1e20, 1e150, 1e300};
        for (int trial = 0; trial < 2000; trial++) {
            double f = scales[rng.nextInt(scales.length)] * rng.nextGaussian();
            double g = scales[rng.nextInt(scales.length)] * rng.nextGaussian();
            double h = scales[rng.nextInt(scales.length)] * rng.nextGaussian();
            assertDiagonalizes(f, g, h);
        }
        assertDiagonalizes(1, 0, 1);
        assertDiagonalizes(0, 1, 0);
        assertDiagonalizes(-3, 4, 0);
        assertDiagonalizes(1e-300, 1e300, -1e-300);
    }

    @Test
    void theSmallerValueHasHighRelativeAccuracy() {
        // [[1, 1], [0, δ]] has σ_min·σ_max = δ (the determinant) and σ_max = √2 to first order.
        for (double delta : new double[] {1e-5, 1e-10, 1e-20, 1e-100}) {
            TwoByTwoSvd s = TwoByTwoSvd.of(1.0, 1.0, delta);
            double product = Math.abs(s.sigmaMax * s.sigmaMin);
            assertEquals(delta, product, RELATIVE * delta, "σ_max·σ_min = |det| for δ = " + delta);
            assertEquals(Math.abs(s.sigmaMin), TwoByTwoSvd.smallerValue(1.0, 1.0, delta),
                    RELATIVE * Math.abs(s.sigmaMin), "dlas2 and dlasv2 agree for δ = " + delta);
        }
    }

    private static void assertDiagonalizes(double f, double g, double h) {
        TwoByTwoSvd s = TwoByTwoSvd.of(f, g, h);
        String input = "[[" + f + ", " + g + "], [0, " + h + "]]";
        double cl = s.cosLeft;
        double sl = s.sinLeft;
        double cr = s.cosRight;
        double sr = s.sinRight;
        assertEquals(1.0, cl * cl + sl * sl, 4 * ULPS, "left rotation of " + input);
        assertEquals(1.0, cr * cr + sr * sr, 4 * ULPS, "right rotation of " + input);
        // [cl sl; −sl cl]·[f g; 0 h]·[cr −sr; sr cr], entry by entry, scaled by the largest input
        double scale = Math.max(Math.abs(f), Math.max(Math.abs(g), Math.abs(h)));
        if (scale == 0.0) {
            assertTrue(s.sigmaMax == 0.0 && s.sigmaMin == 0.0, "σ's of " + input + " (±0 both fine)");
            return;
        }
        double a = f / scale;
        double b = g / scale;
        double c = h / scale;
        double m00 = cl * a;
        double m01 = cl * b + sl * c;
        double m10 = -sl * a;
        double m11 = -sl * b + cl * c;
        double p00 = m00 * cr + m01 * sr;
        double p01 = -m00 * sr + m01 * cr;
        double p10 = m10 * cr + m11 * sr;
        double p11 = -m10 * sr + m11 * cr;
        assertEquals(s.sigmaMax / scale, p00, 8 * ULPS, "σ_max of " + input);
        assertEquals(0.0, p01, 8 * ULPS, "off-diagonal (0, 1) of " + input);
        assertEquals(0.0, p10, 8 * ULPS, "off-diagonal (1, 0) of " + input);
        assertEquals(s.sigmaMin / scale, p11, 8 * ULPS, "σ_min of " + input);
        assertTrue(Math.abs(s.sigmaMax) >= Math.abs(s.sigmaMin), "|σ_max| ≥ |σ_min| for " + input);
        assertEquals(Math.abs(s.sigmaMin), TwoByTwoSvd.smallerValue(f, g, h),
                RELATIVE * Math.abs(s.sigmaMin) + Double.MIN_VALUE * 4, "dlas2 against dlasv2 for " + input);
    }
}
