package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * An estimator of a feature transformation, learned from the features alone: hyper-parameters whose
 * {@link #fit} returns a {@link Transform} (an {@link InvertibleTransform} where one exists),
 * <pre>{@code
 *   fit : X (n×p)  ↦  T,     T.transform : X (m×p) ↦ Z (m×q)
 * }</pre>
 * A transformer without hyper-parameters is just its fit function: {@code StandardScaler::fit} is a
 * {@code Transformer<StandardScaler>}. In a pipeline, transformers are fitted on the training rows and
 * their transforms applied to the test rows.
 *
 * <p>Contract: {@code fit} modifies neither X nor the estimator, is deterministic, and rejects an X it
 * cannot learn from (a NaN, no rows) with an {@link IllegalArgumentException} naming the problem.
 *
 * @param <T> the fitted transform
 */
@FunctionalInterface
public interface Transformer<T extends Transform> {
    /**
     * Learns the transformation from the training rows.
     *
     * @param X n×p training rows (not modified)
     * @return the fitted transform
     * @throws IllegalArgumentException if X cannot be learned from (named)
     */
    T fit(Matrix X);
}
