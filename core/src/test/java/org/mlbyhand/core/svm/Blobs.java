package org.mlbyhand.core.svm;

import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/** Seeded synthetic classification data for the SVM tests. */
final class Blobs {
    private Blobs() {
    }

    /** k overlapping Gaussian clouds in p ≥ k dimensions, class c shifted by `shift` along axis c; labels i mod k. */
    static Dataset<int[]> of(long seed, int n, int p, int k, double shift) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, n, p);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % k;
            X.set(i, labels[i] % p, X.get(i, labels[i] % p) + shift);
        }
        return new Dataset<>(X, labels);
    }
}
