package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The hyper-parameters of a model learned from features and targets: a small immutable value whose
 * {@link #fit} returns the fitted model,
 * <pre>{@code
 *   fit : (X n×p, y length n)  ↦  M          an immutable {@link Predictor}; nothing is ever "unfitted"
 * }</pre>
 * the common supertype of {@link Regressor} (y is {@code double[]}) and {@link Classifier} (y is
 * {@code int[]}), so that code that only fits and scores (cross-validation, grid search, a pipeline's
 * last step) is written once for both: {@link #targetType()} tells it how to cut y into folds.
 *
 * <p>Contract (held for every implementation by core's {@code EstimatorContract} test):
 * <ul>
 *   <li>{@code fit} modifies neither X, nor y, nor the estimator; fitting the same estimator again is
 *       allowed and gives a bit-identical model (a stochastic estimator holds its own seed);</li>
 *   <li>{@code fit} rejects bad input at once, before any work: an empty X or a NaN or infinity with an
 *       {@link IllegalArgumentException} naming it ({@code "Ridge.fit: X[3][1] is NaN"}), a y whose
 *       length is not n with a {@link org.mlbyhand.core.linalg.ShapeMismatchException} naming both;</li>
 *   <li>a grid of hyper-parameters is a list of estimators ({@code alphas.map(Ridge::new)}): since
 *       estimators are immutable values, nothing needs cloning.</li>
 * </ul>
 *
 * @param <Y> the target type: {@code double[]} for regression, {@code int[]} for class labels
 * @param <M> the fitted model
 */
public interface SupervisedEstimator<Y, M extends Predictor<?>> {
    /**
     * Fits the model.
     *
     * @param X n×p features, finite (not modified)
     * @param y the n targets (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty or not finite, or y is not valid for this estimator
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y does not have n entries
     */
    M fit(Matrix X, Y y);

    /** Returns how targets of type Y are counted and cut into rows ({@link TargetType#VALUES} or {@link TargetType#LABELS}). */
    TargetType<Y> targetType();
}
