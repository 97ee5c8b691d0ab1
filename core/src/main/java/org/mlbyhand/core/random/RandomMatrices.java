package org.mlbyhand.core.random;

import org.mlbyhand.core.linalg.Matrix;

/**
 * Random matrices for tests and initialisation: Gaussian, orthogonal, and with a chosen condition
 * number. Every method draws from the {@link Rng} it is given (advanced), so a seed fixes the result.
 */
public final class RandomMatrices {
    private RandomMatrices() {
    }

    /** Returns an m×n matrix of independent N(0, 1) entries. */
    public static Matrix gaussian(Rng rng, int m, int n) {
        Matrix A = Matrix.zeros(m, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                A.set(i, j, rng.nextGaussian());
            }
        }
        return A;
    }

    /** Returns an n-vector of independent N(0, 1) entries. */
    public static double[] gaussian(Rng rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
        }
        return x;
    }

    /**
     * Returns a random n×n orthogonal matrix Q (QᵀQ = I to about 1e-15), by Gram–Schmidt, applied
     * twice for accuracy, on the columns of a Gaussian matrix.
     */
    public static Matrix orthogonal(Rng rng, int n) {
        double[][] q = gaussian(rng, n, n).transpose().toArray(); // q[j] is column j
        for (int j = 0; j < n; j++) {
            for (int pass = 0; pass < 2; pass++) {
                for (int p = 0; p < j; p++) {
                    double dot = 0.0;
                    for (int i = 0; i < n; i++) {
                        dot += q[p][i] * q[j][i];
                    }
                    for (int i = 0; i < n; i++) {
                        q[j][i] -= dot * q[p][i];
                    }
                }
            }
            double norm = org.mlbyhand.core.linalg.Vectors.norm(q[j]);
            for (int i = 0; i < n; i++) {
                q[j][i] /= norm;
            }
        }
        return Matrix.of(q).transpose();
    }

    /**
     * Returns an m×n matrix A = U·diag(σ)·Vᵀ with random orthogonal U, V and singular values spaced
     * geometrically from σ₁ = 1 down to σₖ = 1/κ (k = min(m, n)), so that cond₂(A) = κ.
     *
     * @throws IllegalArgumentException if κ &lt; 1
     */
    public static Matrix withConditionNumber(Rng rng, int m, int n, double kappa) {
        if (!(kappa >= 1.0)) {
            throw new IllegalArgumentException("a condition number is at least 1, got " + kappa);
        }
        int k = Math.min(m, n);
        Matrix U = orthogonal(rng, m);
        Matrix V = orthogonal(rng, n);
        Matrix A = Matrix.zeros(m, n);
        for (int s = 0; s < k; s++) {
            double sigma = k == 1 ? 1.0 : Math.pow(kappa, -(double) s / (k - 1));
            for (int i = 0; i < m; i++) {
                double us = sigma * U.get(i, s);
                for (int j = 0; j < n; j++) {
                    A.set(i, j, A.get(i, j) + us * V.get(j, s));
                }
            }
        }
        return A;
    }
}
