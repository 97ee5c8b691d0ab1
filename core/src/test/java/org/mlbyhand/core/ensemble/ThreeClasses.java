package org.mlbyhand.core.ensemble;

import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/** Seeded three-class data for the forest and boosting tests: the class of the largest of three noisy scores. */
final class ThreeClasses {
    private ThreeClasses() {
    }

    /** X Gaussian n×4; label = argmax(x₀ + ε₀, x₁² − 1 + ε₁, −x₀·x₂ + ε₂) with ε ~ N(0, 0.3²); rows 0, 1, 2 are classes 0, 1, 2. */
    static Dataset<int[]> data(long seed, int n) {
        Rng rng = new Rng(seed);
        Matrix X = RandomMatrices.gaussian(rng, n, 4);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double[] score = {X.get(i, 0), X.get(i, 1) * X.get(i, 1) - 1.0, -X.get(i, 0) * X.get(i, 2)};
            int best = 0;
            for (int c = 0; c < 3; c++) {
                score[c] += 0.3 * rng.nextGaussian();
                best = score[c] > score[best] ? c : best;
            }
            y[i] = best;
        }
        y[0] = 0;
        y[1] = 1;
        y[2] = 2;
        return new Dataset<>(X, y);
    }
}
