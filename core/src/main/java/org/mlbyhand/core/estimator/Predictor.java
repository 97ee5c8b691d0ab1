package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted model that predicts one value of type {@code P} per row of a feature matrix:
 * <pre>{@code
 *   predict : X (m×p)  ↦  P with one entry per row        ({@code double[]} values, {@code int[]} labels)
 * }</pre>
 * The common supertype of {@link RegressionModel}, {@link ClassificationModel} and {@link Clustering},
 * so that a scorer can be written once for all of them ({@link Scorer#predict}).
 *
 * @param <P> the prediction type, an array of length m
 */
public interface Predictor<P> extends FittedModel {
    /**
     * Returns one prediction per row of X.
     *
     * @param X m×p, any m ≥ 0, finite (not modified)
     * @return length m
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have {@link #numFeatures()} columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    P predict(Matrix X);
}
