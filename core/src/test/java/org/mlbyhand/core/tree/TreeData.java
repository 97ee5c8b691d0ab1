package org.mlbyhand.core.tree;

import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/** Seeded data for the tree tests: the same seed gives bit-identical data. */
final class TreeData {
    private TreeData() {
    }

    /** n×p Gaussian features; label = argmax over k of (X·W)[i][c] + noise, W Gaussian p×k. */
    static Dataset<int[]> classes(long seed, int n, int p, int k) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, n, p);
        Matrix W = RandomMatrices.gaussian(rng, p, k);
        Matrix S = X.multiply(W);   // n×k scores
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double s = S.get(i, c) + 0.5 * rng.nextGaussian();
                if (s > best) {
                    best = s;
                    y[i] = c;
                }
            }
        }
        return new Dataset<>(X, y);
    }

    /** n×p Gaussian features; y = sin(2·x₀) + x₁·x₀ + 0.3·noise (x₁ = 0 when p = 1). */
    static Dataset<double[]> values(long seed, int n, int p) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, n, p);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double x1 = p > 1 ? X.get(i, 1) : 0.0;
            y[i] = Math.sin(2 * X.get(i, 0)) + x1 * X.get(i, 0) + 0.3 * rng.nextGaussian();
        }
        return new Dataset<>(X, y);
    }
}
