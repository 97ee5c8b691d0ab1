package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted transformation of feature rows, learned by a {@link Transformer} from training rows and
 * then applied unchanged to any rows:
 * <pre>{@code
 *   transform : X (m×p)  ↦  Z (m×q)          (q = p for a scaler, q ≤ p for a projection)
 * }</pre>
 * Fitting on the training rows only, and applying the fitted transform to the test rows, is what keeps
 * test statistics out of a model (see {@code CrossValidation}).
 */
public interface Transform extends FittedModel {
    /**
     * Returns the transformed rows.
     *
     * @param X m×p, any m ≥ 0 (not modified)
     * @return m×q, a new matrix
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have {@link #numFeatures()} columns
     */
    Matrix transform(Matrix X);
}
