package org.mlbyhand.core.neighbors;

import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/** Seeded data for the k-NN contract tests. */
final class Toy {
    private Toy() {
    }

    /** Three Gaussian clouds in 3 dimensions, 24 rows, label i mod 3, shifted by 2 per class. */
    static Dataset<int[]> classes(long seed) {
        Matrix X = RandomMatrices.gaussian(new Rng(seed), 24, 3);
        int[] y = new int[24];
        for (int i = 0; i < 24; i++) {
            y[i] = i % 3;
            X.set(i, 0, X.get(i, 0) + 2.0 * y[i]);
        }
        return new Dataset<>(X, y);
    }

    /** y = sin(x₀) + x₁ on 20 Gaussian rows in 2 dimensions. */
    static Dataset<double[]> regression(long seed) {
        Matrix X = RandomMatrices.gaussian(new Rng(seed), 20, 2);
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            y[i] = Math.sin(X.get(i, 0)) + X.get(i, 1);
        }
        return new Dataset<>(X, y);
    }
}
