package org.mlbyhand.core.linear;

import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/** Seeded synthetic data sets for the linear-model tests. */
final class Data {
    private Data() {
    }

    /** y = X·w + b + noise·ε with X Gaussian n×p, w = (1, −2, 3, …), b = 0.5. */
    static Problem regression(long seed, int n, int p, double noise) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, n, p);
        double[] w = new double[p];
        for (int j = 0; j < p; j++) {
            w[j] = (j + 1) * (j % 2 == 0 ? 1.0 : -1.0);
        }
        double[] y = X.multiply(w);
        for (int i = 0; i < n; i++) {
            y[i] += 0.5 + noise * rng.nextGaussian();
        }
        return new Problem(X, y, null);
    }

    /** Labels drawn from P(y = 1) = σ(x·w + 0.3), X Gaussian n×p, w = (1, −1, 0.5, …)·scale: not separable. */
    static Problem binary(long seed, int n, int p, double scale) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, n, p);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double z = 0.3;
            for (int j = 0; j < p; j++) {
                z += scale * (j % 2 == 0 ? 1.0 : -1.0) / (1 + j / 2) * X.get(i, j);
            }
            labels[i] = rng.nextDouble() < Activations.sigmoid(z) ? 1 : 0;
        }
        return new Problem(X, null, labels);
    }

    /** k overlapping Gaussian clouds in p ≥ k dimensions, class c shifted by `shift` along axis c; n/k rows each. */
    static Problem classes(long seed, int n, int p, int k, double shift) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, n, p);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % k;
            X.set(i, labels[i] % p, X.get(i, labels[i] % p) + shift);
        }
        return new Problem(X, null, labels);
    }

    /** Features with targets or labels. */
    record Problem(Matrix X, double[] y, int[] labels) {
    }
}
