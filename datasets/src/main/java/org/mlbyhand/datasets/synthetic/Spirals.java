package org.mlbyhand.datasets.synthetic;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.datasets.Dataset;

/**
 * Interleaved spiral arms, one per class (the toy problem of Stanford's CS231n notes): a linear
 * classifier gets about 1/k of it right, a small neural network nearly all.
 * <pre>{@code
 *   class c, point i = 0 … m−1:   r = i/(m−1),   t = 4c + 4·i/(m−1) + noise · N(0, 1)
 *                                 x = (r sin t, r cos t)
 *   then the rows are shuffled
 * }</pre>
 * The noise perturbs the angle (radians), so it blurs the arms without moving the centre.
 */
public final class Spirals {
    private Spirals() {
    }

    /**
     * Returns m points on each of k spiral arms.
     *
     * @param pointsPerClass m, at least 2
     * @param classes        k, at least 2
     * @param noise          standard deviation of the angle noise in radians, ≥ 0 (0.2 is the classic)
     * @param seed           the same seed gives bit-identical data
     * @return X (k·m)×2, targets 0 … k−1 with m rows each
     * @throws IllegalArgumentException if m &lt; 2, k &lt; 2, or noise is negative
     */
    public static Dataset sample(int pointsPerClass, int classes, double noise, long seed) {
        Generated.atLeast("spirals", "pointsPerClass", pointsPerClass, 2);
        Generated.atLeast("spirals", "classes", classes, 2);
        Generated.nonNegative("spirals", "noise", noise);
        Rng rng = new Rng(seed);
        int n = Math.multiplyExact(pointsPerClass, classes);
        Matrix X = Matrix.zeros(n, 2);
        double[] y = new double[n];
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < pointsPerClass; i++) {
                int row = c * pointsPerClass + i;
                double r = Generated.linspace01(i, pointsPerClass);
                double t = 4.0 * c + 4.0 * r + noise * rng.nextGaussian();
                X.set(row, 0, r * StrictMath.sin(t));
                X.set(row, 1, r * StrictMath.cos(t));
                y[row] = c;
            }
        }
        return Generated.shuffled("spirals", X, y, Generated.classNames(classes), rng);
    }
}
