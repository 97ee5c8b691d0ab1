package org.mlbyhand.core.selection;

import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/** Seeded data for the model-selection tests. */
final class Data {
    private Data() {
    }

    /** y = X·(1, −2, 3) + 0.5 + noise, X Gaussian 30×3 with columns on scales 1, 10, 100. */
    static Dataset<double[]> regression(long seed) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, 30, 3);
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            X.set(i, 1, 10 * X.get(i, 1));
            X.set(i, 2, 100 * X.get(i, 2));
            y[i] = X.get(i, 0) - 0.2 * X.get(i, 1) + 0.03 * X.get(i, 2) + 0.5 + 0.3 * rng.nextGaussian();
        }
        return new Dataset<>(X, y);
    }

    /** Two Gaussian clouds in 3 dimensions, 24 rows, label i mod 2, column 0 shifted by 1.5 per class. */
    static Dataset<int[]> binary(long seed) {
        Matrix X = RandomMatrices.gaussian(new Rng(seed), 24, 3);
        int[] y = new int[24];
        for (int i = 0; i < 24; i++) {
            y[i] = i % 2;
            X.set(i, 0, X.get(i, 0) + 1.5 * y[i]);
            X.set(i, 2, 50 * X.get(i, 2));
        }
        return new Dataset<>(X, y);
    }
}
