package org.mlbyhand.core.data;

import org.mlbyhand.core.estimator.InvertibleTransform;
import org.mlbyhand.core.estimator.Transformer;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Standardization: shift and scale each column to mean 0 and variance 1, with the mean and the scale
 * learned from the <em>training</em> rows only and then applied unchanged to any other rows.
 * <pre>{@code
 *   μ_j  = (1/n) Σ_i X_ij
 *   σ²_j = (1/n) Σ_i (X_ij − μ_j)²          (population variance, two passes, as scikit-learn)
 *   s_j  = σ_j,  or 1 when column j is constant
 *   transform:  Z_ij = (X_ij − μ_j) / s_j
 * }</pre>
 * A column counts as constant when its computed variance is within rounding error of 0:
 * {@code σ² ≤ n·ε·σ² + (n·|μ|·ε)²} with ε = 2⁻⁵² (scikit-learn's test); it is then only centred.
 *
 * <p>Fitting on the training rows alone is the point: statistics taken from the test rows would leak
 * information about them into the model. A scaler is immutable: {@link #fit} returns a fitted one,
 * so there is no "unfitted" state. A fitted scaler is an {@link InvertibleTransform}; having no
 * hyper-parameters, its estimator is the function {@code StandardScaler::fit}, which
 * {@link #transformer()} returns as a {@link Transformer} for generic code (pipelines). Accuracy: on the training rows, the transformed columns have mean
 * 0 and variance 1 up to a few units of n·ε relative.
 */
public final class StandardScaler implements InvertibleTransform {
    private static final double EPS = Math.ulp(1.0);

    private final double[] mean;
    private final double[] variance;
    private final double[] scale;

    private StandardScaler(double[] mean, double[] variance, double[] scale) {
        this.mean = mean;
        this.variance = variance;
        this.scale = scale;
    }

    /**
     * Learns the column means and scales of the training matrix X.
     *
     * @param X training rows, n×p with n ≥ 1, every entry finite (not modified)
     * @return the fitted scaler
     * @throws IllegalArgumentException if X has no rows, or naming the first NaN or infinite entry
     *                                  (missing values must be removed or imputed first)
     */
    public static StandardScaler fit(Matrix X) {
        int n = X.rows();
        int p = X.cols();
        if (n == 0) {
            throw new IllegalArgumentException("StandardScaler.fit: X is " + X.shape() + ", needs at least one row");
        }
        Arguments.requireFinite("StandardScaler.fit", "X", X);   // missing values are removed or imputed first
        double[] mean = X.columnMeans();
        double[] variance = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double sumSq = 0.0;
            for (int i = 0; i < n; i++) {
                double d = X.get(i, j) - mean[j];
                sumSq += d * d;
            }
            variance[j] = sumSq / n;
            double meanError = n * Math.abs(mean[j]) * EPS;
            boolean constant = variance[j] <= n * EPS * variance[j] + meanError * meanError;
            scale[j] = constant ? 1.0 : Math.sqrt(variance[j]);
        }
        return new StandardScaler(mean, variance, scale);
    }

    /**
     * Returns the estimator of this transform, {@code StandardScaler::fit}: what a pipeline fits on its
     * training rows.
     */
    public static Transformer<StandardScaler> transformer() {
        return StandardScaler::fit;
    }

    /** Returns p, the number of columns the scaler was fitted on. */
    @Override
    public int numFeatures() {
        return mean.length;
    }

    /**
     * Returns Z with Z_ij = (X_ij − μ_j) / s_j. NaN entries stay NaN.
     *
     * @param X m×p, any number of rows (not modified)
     * @return m×p
     * @throws ShapeMismatchException if X does not have p columns
     */
    @Override
    public Matrix transform(Matrix X) {
        checkColumns("transform", X);
        Matrix Z = X.copy();
        for (int i = 0; i < Z.rows(); i++) {
            for (int j = 0; j < Z.cols(); j++) {
                Z.set(i, j, (Z.get(i, j) - mean[j]) / scale[j]);
            }
        }
        return Z;
    }

    /**
     * Undoes {@link #transform}: returns X with X_ij = Z_ij · s_j + μ_j.
     *
     * @param Z m×p (not modified)
     * @return m×p
     * @throws ShapeMismatchException if Z does not have p columns
     */
    @Override
    public Matrix inverseTransform(Matrix Z) {
        checkColumns("inverseTransform", Z);
        Matrix X = Z.copy();
        for (int i = 0; i < X.rows(); i++) {
            for (int j = 0; j < X.cols(); j++) {
                X.set(i, j, X.get(i, j) * scale[j] + mean[j]);
            }
        }
        return X;
    }

    /** Returns a copy of the column means μ, length p. */
    public double[] mean() {
        return mean.clone();
    }

    /** Returns a copy of the column variances σ² (population, divided by n), length p. */
    public double[] variance() {
        return variance.clone();
    }

    /** Returns a copy of the scales s (σ, or 1 for a constant column), length p. */
    public double[] scale() {
        return scale.clone();
    }

    private void checkColumns(String operation, Matrix X) {
        if (X.cols() != mean.length) {
            throw new ShapeMismatchException("StandardScaler." + operation + ": fitted on " + mean.length
                    + " columns, X is " + X.shape());
        }
    }
}
