package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted regression model: ŷ = f(x), one real value per row,
 * <pre>{@code
 *   predict : X (m×p)  ↦  ŷ (length m)
 * }</pre>
 * returned by a {@link Regressor}'s {@code fit}.
 */
public interface RegressionModel extends Predictor<double[]> {
    /**
     * Returns the predictions ŷᵢ = f(xᵢ).
     *
     * @param X m×p, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have {@link #numFeatures()} columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    double[] predict(Matrix X);
}
