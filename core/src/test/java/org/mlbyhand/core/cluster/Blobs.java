package org.mlbyhand.core.cluster;

import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;

/** Seeded Gaussian blobs for the clustering tests: row i belongs to blob i mod k. */
final class Blobs {
    private Blobs() {
    }

    /** n rows in p dimensions; blob c is centred at (10c, 10c·(−1)^c, 0, …) with standard deviation std. */
    static Matrix of(long seed, int n, int p, int k, double std) {
        Rng rng = new Rng(seed);
        Matrix X = Matrix.zeros(n, p);
        for (int i = 0; i < n; i++) {
            int c = i % k;
            for (int f = 0; f < p; f++) {
                double centre = f == 0 ? 10.0 * c : f == 1 ? 10.0 * c * (c % 2 == 0 ? 1 : -1) : 0.0;
                X.set(i, f, centre + std * rng.nextGaussian());
            }
        }
        return X;
    }

    /** The blob of each row, i mod k. */
    static int[] truth(int n, int k) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
        }
        return y;
    }

    /** Three blobs of 30 rows in 3 dimensions, for the contract tests. */
    static Dataset<int[]> contract(long seed) {
        return new Dataset<>(of(seed, 30, 3, 3, 1.0), null);
    }
}
