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
 *   μ_j  = (1/n) Σ_i X_ij                                       first pass
 *   σ²_j = (1/n) [ Σ_i d_i² − (Σ_i d_i)² / n ],  d_i = X_ij − μ_j   second pass (population variance)
 *   s_j  = σ_j,  or 1 when column j is constant
 *   transform:  Z_ij = (X_ij − μ_j) / s_j
 * }</pre>
 * The second pass is scikit-learn's corrected two-pass algorithm (Chan, Golub and LeVeque): Σ d_i is 0
 * in exact arithmetic, and subtracting its square cancels the error the rounded μ leaves in Σ d_i². So
 * an exactly constant column has variance exactly 0 (ten copies of 1e-10: 0, where Σ d_i²/n alone gives
 * 1.7e-52). A column also counts as constant when its variance is within rounding error of 0:
 * {@code σ² ≤ n·ε·σ² + (n·|μ|·ε)²} with ε = 2⁻⁵² (scikit-learn's test); it is then only centred.
 *
 * <p>Each column is summed after scaling by the power of two 2⁻ᵉ that brings its largest |X_ij| into
 * [0.5, 1): exact, so the figures are those of the formulas above, but no square overflows (|X| near
 * 1e200) or underflows to 0 (|X| near 1e-200) and makes a spread-out column look constant. σ²_j itself
 * may overflow to +∞ when σ_j &gt; 1.3e154; s_j stays finite.
 *
 * <p>Fitting on the training rows alone is the point: statistics taken from the test rows would leak
 * information about them into the model. A scaler is immutable: {@link #fit} returns a fitted one,
 * so there is no "unfitted" state. A fitted scaler is an {@link InvertibleTransform}; having no
 * hyper-parameters, its estimator is the function {@code StandardScaler::fit}, which
 * {@link #transformer()} returns as a {@link Transformer} for generic code (pipelines). Accuracy: on
 * the training rows, the transformed columns have mean 0 and variance 1 up to a few units of n·ε
 * relative.
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
        double[] mean = new double[p];
        double[] variance = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double[] x = X.column(j);
            int e = binaryExponent(x);
            double mu = 0.0;
            for (double v : x) {
                mu += Math.scalb(v, -e);
            }
            mu *= 1.0 / n;
            double sumSq = 0.0;
            double correction = 0.0;   // Σ d_i, 0 but for the rounding of mu
            for (double v : x) {
                double d = Math.scalb(v, -e) - mu;
                correction += d;
                sumSq += d * d;
            }
            double var = (sumSq - correction * correction / n) / n;
            double meanError = n * Math.abs(mu) * EPS;
            boolean constant = var <= n * EPS * var + meanError * meanError;   // the same test at any power of two
            mean[j] = Math.scalb(mu, e);
            variance[j] = Math.scalb(var, 2 * e);
            scale[j] = constant ? 1.0 : Math.scalb(Math.sqrt(var), e);
        }
        return new StandardScaler(mean, variance, scale);
    }

    /** Returns e with max|x| · 2⁻ᵉ in [0.5, 1) (for a subnormal max, e = −1022), or 0 when x is all zeros. */
    private static int binaryExponent(double[] x) {
        double largest = 0.0;
        for (double v : x) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest == 0.0 ? 0 : Math.getExponent(largest) + 1;
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
