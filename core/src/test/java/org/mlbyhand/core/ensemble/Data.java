package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/** Seeded synthetic data for the mini-XGBoost tests: targets a tree ensemble can learn and a line cannot. */
final class Data {
    private Data() {
    }

    /** y = 2·[x₀ &gt; 0] + x₁² − x₂ + 0.1·ε, X Gaussian n×3. */
    static Dataset<double[]> regression(long seed, int n) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, n, 3);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = (X.get(i, 0) > 0 ? 2.0 : 0.0) + X.get(i, 1) * X.get(i, 1) - X.get(i, 2) + 0.1 * rng.nextGaussian();
        }
        return new Dataset<>(X, y);
    }

    /** Label 1 inside the disc x₀² + x₁² &lt; 1, with 10% of the labels flipped; X Gaussian n×3; both classes present. */
    static Dataset<int[]> disc(long seed, int n) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, n, 3);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            boolean inside = X.get(i, 0) * X.get(i, 0) + X.get(i, 1) * X.get(i, 1) < 1.0;
            y[i] = inside ^ rng.nextDouble() < 0.1 ? 1 : 0;
        }
        y[0] = 0;
        y[1] = 1;
        return new Dataset<>(X, y);
    }

    /** A one-column matrix holding x. */
    static Matrix column(double... x) {
        return Matrix.column(x);
    }
}
