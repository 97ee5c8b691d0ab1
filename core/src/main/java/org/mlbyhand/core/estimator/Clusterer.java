package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * An estimator of clusters, learned from the features alone: hyper-parameters (the number of clusters
 * k, a seed, …) whose {@link #fit} returns a {@link Clustering},
 * <pre>{@code
 *   fit : X (n×p)  ↦  C,     C.labels() ∈ {0, …, k−1}ⁿ,     C.predict : X (m×p) ↦ {0, …, k−1}ᵐ
 * }</pre>
 *
 * <p>Contract: {@code fit} modifies neither X nor the estimator; the same estimator (and so the same
 * seed) on the same X gives bit-identical labels; a NaN or an empty X is rejected with an
 * {@link IllegalArgumentException} naming it.
 *
 * @param <C> the fitted clustering
 */
@FunctionalInterface
public interface Clusterer<C extends Clustering> {
    /**
     * Clusters the rows of X.
     *
     * @param X n×p, finite (not modified)
     * @return the fitted clustering
     * @throws IllegalArgumentException if X is empty or holds a NaN or infinity (named)
     */
    C fit(Matrix X);
}
