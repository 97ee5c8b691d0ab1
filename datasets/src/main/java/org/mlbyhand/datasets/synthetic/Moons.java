package org.mlbyhand.datasets.synthetic;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.datasets.Dataset;

/**
 * Two interleaving half circles, as scikit-learn's {@code make_moons}: a classic data set that no
 * straight line separates.
 * <pre>{@code
 *   class 0 (⌊n/2⌋ points):   (cos t,      sin t)          t evenly spaced in [0, π]
 *   class 1 (the rest):       (1 − cos t,  1 − sin t − ½)
 *   each coordinate + noise · N(0, 1), then the rows are shuffled
 * }</pre>
 */
public final class Moons {
    private Moons() {
    }

    /**
     * Returns n points in two moons.
     *
     * @param n     number of points, at least 2
     * @param noise standard deviation of the Gaussian noise, ≥ 0
     * @param seed  the same seed gives bit-identical data
     * @return X n×2, targets 0 or 1
     * @throws IllegalArgumentException if n &lt; 2 or noise is negative or not finite
     */
    public static Dataset sample(int n, double noise, long seed) {
        Generated.atLeast("moons", "n", n, 2);
        Generated.nonNegative("moons", "noise", noise);
        Rng rng = new Rng(seed);
        int nOuter = n / 2;
        int nInner = n - nOuter;
        Matrix X = Matrix.zeros(n, 2);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean outer = i < nOuter;
            double t = Math.PI * (outer ? Generated.linspace01(i, nOuter) : Generated.linspace01(i - nOuter, nInner));
            double x0 = outer ? StrictMath.cos(t) : 1.0 - StrictMath.cos(t);
            double x1 = outer ? StrictMath.sin(t) : 1.0 - StrictMath.sin(t) - 0.5;
            X.set(i, 0, x0 + noise * rng.nextGaussian());
            X.set(i, 1, x1 + noise * rng.nextGaussian());
            y[i] = outer ? 0 : 1;
        }
        return Generated.shuffled("moons", X, y, Generated.classNames(2), rng);
    }
}
