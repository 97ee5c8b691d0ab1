package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * An estimator of a class label: hyper-parameters whose {@link #fit} returns a
 * {@link ClassificationModel} over the classes 0, 1, …, k−1,
 * <pre>{@code
 *   fit : (X n×p, y ∈ {0, …, k−1}ⁿ)  ↦  M,    M.predictProba : X (m×p) ↦ P (m×k),   M.predict : X ↦ ŷ
 * }</pre>
 * with k = max(y) + 1. The contract is {@link SupervisedEstimator}'s; labels must be ≥ 0, and an
 * implementation says which label sets it accepts (every class present, exactly two classes, …).
 *
 * @param <M> the fitted model
 */
public interface Classifier<M extends ClassificationModel> extends SupervisedEstimator<int[], M> {
    /**
     * Fits the model.
     *
     * @param X n×p features, finite (not modified)
     * @param y length n labels 0, 1, …, k−1 (not modified)
     * @return the fitted model
     * @throws IllegalArgumentException if X is empty or not finite, or a label is negative (named), or
     *                                  the labels are not a set this classifier accepts
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if y's length is not n
     */
    @Override
    M fit(Matrix X, int[] y);

    /** Returns {@link TargetType#LABELS}. */
    @Override
    default TargetType<int[]> targetType() {
        return TargetType.LABELS;
    }
}
