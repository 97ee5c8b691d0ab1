package org.mlbyhand.datasets.synthetic;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.datasets.Dataset;

/**
 * Two concentric circles, as scikit-learn's {@code make_circles}: separable by the radius, not by
 * any line in the plane.
 * <pre>{@code
 *   class 0 (⌊n/2⌋ points):   (cos t, sin t)              t = 2π·i/⌊n/2⌋, i = 0, 1, …
 *   class 1 (the rest):       factor · (cos t, sin t)     t = 2π·i/(n − ⌊n/2⌋)
 *   each coordinate + noise · N(0, 1), then the rows are shuffled
 * }</pre>
 */
public final class Circles {
    private Circles() {
    }

    /**
     * Returns n points on two circles.
     *
     * @param n      number of points, at least 2
     * @param noise  standard deviation of the Gaussian noise, ≥ 0
     * @param factor radius of the inner circle, in (0, 1)
     * @param seed   the same seed gives bit-identical data
     * @return X n×2, targets 0 (outer) or 1 (inner)
     * @throws IllegalArgumentException if n &lt; 2, noise is negative, or factor is not in (0, 1)
     */
    public static Dataset sample(int n, double noise, double factor, long seed) {
        Generated.atLeast("circles", "n", n, 2);
        Generated.nonNegative("circles", "noise", noise);
        if (!(factor > 0.0 && factor < 1.0)) {
            throw new IllegalArgumentException("circles: factor must be in (0, 1), got " + factor);
        }
        Rng rng = new Rng(seed);
        int nOuter = n / 2;
        int nInner = n - nOuter;
        Matrix X = Matrix.zeros(n, 2);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean outer = i < nOuter;
            double t = outer ? 2.0 * Math.PI * i / nOuter : 2.0 * Math.PI * (i - nOuter) / nInner;
            double r = outer ? 1.0 : factor;
            X.set(i, 0, r * StrictMath.cos(t) + noise * rng.nextGaussian());
            X.set(i, 1, r * StrictMath.sin(t) + noise * rng.nextGaussian());
            y[i] = outer ? 0 : 1;
        }
        return Generated.shuffled("circles", X, y, Generated.classNames(2), rng);
    }
}
