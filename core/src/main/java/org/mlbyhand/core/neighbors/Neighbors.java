package org.mlbyhand.core.neighbors;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The k nearest training rows of each of m queries, nearest first (scikit-learn's
 * {@code kneighbors}, which returns the same two arrays):
 * <pre>{@code
 *   indices()[i][r]    the training row that is the (r+1)-th nearest to query i        m×k
 *   distances()(i, r)  its distance d(queryᵢ, X[indices[i][r]])                        m×k
 *   distances()(i, 0) ≤ distances()(i, 1) ≤ … ≤ distances()(i, k−1)
 * }</pre>
 * Equal distances are ordered by training index, smaller first. Immutable: accessors return copies.
 */
public final class Neighbors {
    private final Matrix distances;
    private final int[][] indices;

    /** Takes over its arguments: only {@link NeighborSearch} makes one. */
    Neighbors(Matrix distances, int[][] indices) {
        this.distances = distances;
        this.indices = indices;
    }

    /** Returns the m×k distances, each row in increasing order (a copy). */
    public Matrix distances() {
        return distances.copy();
    }

    /** Returns the m×k training-row indices, nearest first (a copy). */
    public int[][] indices() {
        int[][] copy = new int[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            copy[i] = indices[i].clone();
        }
        return copy;
    }

    /** Returns m, the number of queries. */
    public int queries() {
        return indices.length;
    }

    /** Returns k, the number of neighbours of each query. */
    public int k() {
        return distances.cols();
    }

    /** Returns e.g. {@code "Neighbors(3 queries × 5)"}. */
    @Override
    public String toString() {
        return "Neighbors(" + queries() + " queries × " + k() + ")";
    }
}
