package org.mlbyhand.core.estimator;

import org.mlbyhand.core.linalg.Matrix;

/**
 * A fitted clustering of the training rows into clusters 0, 1, …, k−1, returned by a
 * {@link Clusterer}'s {@code fit}:
 * <pre>{@code
 *   labels()  = the cluster of each training row, length n
 *   predict   : X (m×p)  ↦  the cluster of each new row (k-means: the nearest centre), length m
 * }</pre>
 * Cluster numbers are names, not classes: two fits that differ only by a permutation of the labels
 * are the same clustering.
 */
public interface Clustering extends Predictor<int[]> {
    /** Returns k, the number of clusters. */
    int numClusters();

    /** Returns a copy of the training rows' clusters, length n, each in [0, k). */
    int[] labels();

    /**
     * Returns the cluster of each row of X.
     *
     * @param X m×p, finite (not modified)
     * @return length m, each in [0, k)
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if X does not have {@link #numFeatures()} columns
     * @throws IllegalArgumentException naming the first NaN or infinite entry of X
     */
    @Override
    int[] predict(Matrix X);
}
