package org.mlbyhand.datasets.synthetic;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.datasets.Dataset;

/**
 * A linear regression problem with known true coefficients, as scikit-learn's {@code make_regression}
 * (without its column shuffle: the informative features come first).
 * <pre>{@code
 *   X_ij ~ N(0, 1)                                  n×p
 *   w_j  ~ 100 · U[0, 1)  for j < informative,  w_j = 0 otherwise
 *   y    = X·w + bias + noise · N(0, I_n)
 * }</pre>
 * With noise 0 a least-squares fit recovers w and bias exactly (up to rounding) once n ≥ p + 1.
 */
public final class Regression {
    private final Dataset data;
    private final double[] coef;
    private final double intercept;

    private Regression(Dataset data, double[] coef, double intercept) {
        this.data = data;
        this.coef = coef;
        this.intercept = intercept;
    }

    /**
     * Draws the problem.
     *
     * @param n           number of rows, at least 1
     * @param p           number of features, at least 1
     * @param informative number of features with a non-zero coefficient, in [0, p]
     * @param bias        the true intercept
     * @param noise       standard deviation of the Gaussian noise on y, ≥ 0
     * @param seed        the same seed gives bit-identical data
     * @throws IllegalArgumentException if a count is out of range or noise is negative
     */
    public static Regression sample(int n, int p, int informative, double bias, double noise, long seed) {
        Generated.atLeast("regression", "n", n, 1);
        Generated.atLeast("regression", "p", p, 1);
        if (informative < 0 || informative > p) {
            throw new IllegalArgumentException("regression: informative must be in [0, " + p + "], got " + informative);
        }
        Generated.nonNegative("regression", "noise", noise);
        Rng rng = new Rng(seed);
        Matrix X = Matrix.zeros(n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                X.set(i, j, rng.nextGaussian());
            }
        }
        double[] w = new double[p];
        for (int j = 0; j < informative; j++) {
            w[j] = 100.0 * rng.nextDouble();
        }
        double[] y = X.multiply(w);                       // (n)
        for (int i = 0; i < n; i++) {
            y[i] += bias + noise * rng.nextGaussian();
        }
        Dataset data = new Dataset("regression", X, y, Generated.featureNames(p), List.of());
        return new Regression(data, w, bias);
    }

    /** Returns the data: X n×p, targets y (length n). */
    public Dataset data() {
        return data;
    }

    /** Returns a copy of the true coefficients w, length p. */
    public double[] coef() {
        return coef.clone();
    }

    /** Returns the true intercept (the bias). */
    public double intercept() {
        return intercept;
    }
}
