package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * An estimator of a real target: hyper-parameters whose {@link #fit} returns a {@link RegressionModel},
 * <pre>{@code
 *   fit : (X n×p, y ∈ ℝⁿ)  ↦  M,     M.predict : X (m×p) ↦ ŷ ∈ ℝᵐ
 * }</pre>
 * ({@code new Ridge(1.0).fit(X, y).predict(XTest)}). The contract is {@link SupervisedEstimator}'s; y
 * must be finite.
 *
 * @param <M> the fitted model
 */
public interface Regressor<M extends RegressionModel> extends SupervisedEstimator<double[], M> {
    /**
     * Fits the model.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n targets, finite (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty, or X or y holds a NaN or infinity (named)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    M fit(Matrix X, double[] y);

    /** Returns {@link TargetType#VALUES}. */
    @Override
    default TargetType<double[]> targetType() {
        return TargetType.VALUES;
    }
}
