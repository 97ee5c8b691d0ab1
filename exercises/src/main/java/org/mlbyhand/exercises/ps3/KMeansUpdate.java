package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · kmeans-update — the update step of k-means: move every centre to the mean of its cluster, and
 * give an empty cluster a point instead of a 0/0.
 *
 * <p>Cluster j holds the points with labelᵢ = j; its new centre is their mean:
 * <pre>{@code
 *   n_j = #{i : labelᵢ = j},      c_j ← (1/n_j)·Σ_{labelᵢ = j} xᵢ
 * }</pre>
 * A cluster with no point has no mean (0/0 = NaN). scikit-learn's rule, which core follows, first moves
 * into each empty cluster one of the points that are farthest from their current centres:
 * <pre>{@code
 *   dᵢ = ‖xᵢ − c_{labelᵢ}‖²                    with the OLD centres C
 *   order the points by dᵢ, largest first       (the lower i first on a tie)
 *   if the largest dᵢ is 0, nothing moves       (every point sits on its centre)
 *   otherwise the e-th empty cluster (empty after the assignment, in increasing j) takes the e-th point:
 *     the point leaves its cluster (its sum and its count) and is the empty cluster's only member
 *   then the means; a cluster still without a point keeps its old centre
 * }</pre>
 * Example: X = [[0], [1], [5]], labels = [0, 0, 0] and C = [[1], [9]]: cluster 1 is empty, d = [1, 0, 16],
 * so the point [5] moves to cluster 1, and the new centres are [[0.5], [5]]. A cluster emptied by a
 * move (its only point moved away) keeps its old centre too.
 *
 * <p>Shapes: X is n×p, labels has length n, each in [0, k), C is k×p with n ≥ k (there are never more
 * clusters than points). The result is a new k×p matrix; X, labels and C are not modified.
 *
 * <p>Errors: throw {@link ShapeMismatchException} if labels does not have length n or C does not have p
 * columns, and {@link IllegalArgumentException} if a label is outside [0, k) or an entry of X or C is NaN
 * or infinite.
 *
 * <p>You need: {@code X.rows()}, {@code X.cols()}, {@code X.row(i)}, {@code C.copy()} (or
 * {@code Matrix.zeros(k, p)}), {@code get} and {@code set}, {@code X.firstNonFinite()}, a sort of the
 * point numbers by dᵢ (a stable sort keeps the lower i first on a tie). Not core's {@code Lloyd} or
 * {@code KMeans}: the update is what you are writing.
 *
 * <p>Classic traps: dividing by n_j = 0 gives NaN centres, and a NaN centre is never the nearest again;
 * the mean divides by the cluster's size n_j, not by n; the moved point leaves its old cluster's sum
 * and count, and each empty cluster takes a different point; the empty clusters are found once, before
 * any point moves (a cluster emptied by a move is not refilled); dᵢ is measured to the point's old
 * centre c_{labelᵢ}; when every dᵢ is 0 nothing moves; write the new centres into a new matrix, never
 * into C.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=kmeans-update}
 */
public final class KMeansUpdate {
    private KMeansUpdate() {
    }

    /**
     * Returns the new centres: each cluster's mean, after points have moved into empty clusters.
     *
     * @param X      the n×p points, finite (not modified)
     * @param labels the cluster of each point, length n, each in [0, k) (not modified)
     * @param C      the k×p centres the labels were assigned with, finite, k ≤ n (not modified)
     * @return a new k×p matrix of centres
     * @throws ShapeMismatchException if labels does not have length n or C does not have p columns
     * @throws IllegalArgumentException if a label is outside [0, k) or an entry is NaN or infinite
     */
    public static Matrix update(Matrix X, int[] labels, Matrix C) {
        // TODO: check, sum and count each cluster, move the farthest points into empty clusters, then divide.
        throw new NotImplementedYet("ps3 kmeans-update");
    }
}
