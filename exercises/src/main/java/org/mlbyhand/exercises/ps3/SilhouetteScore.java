package org.mlbyhand.exercises.ps3;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS3 · silhouette — score a clustering without a ground truth: is each point nearer to its own cluster
 * than to the nearest other one?
 *
 * <p>With the Euclidean distance d and C_i the cluster of point i (scikit-learn's {@code silhouette_score}):
 * <pre>{@code
 *   a(i) = (1/(|C_i| − 1))·Σ_{l ∈ C_i, l ≠ i} d(xᵢ, x_l)        mean distance to the REST of its own cluster
 *   b(i) = min over clusters C ≠ C_i of (1/|C|)·Σ_{l ∈ C} d(xᵢ, x_l)   mean distance to the NEAREST other cluster
 *   s(i) = (b(i) − a(i)) / max(a(i), b(i))                      in [−1, 1]
 *   s(i) = 0 when |C_i| = 1 (a singleton), and when a(i) = b(i) = 0
 *   score = (1/n)·Σᵢ s(i)
 * }</pre>
 * Example: X = [[0], [1], [4], [5]], labels = [0, 0, 1, 1]: for x₀, a = 1 and b = (4 + 5)/2 = 4.5, so
 * s = 3.5/4.5 = 7/9; for x₁, a = 1 and b = (3 + 4)/2 = 3.5, s = 5/7; by symmetry the score is
 * (7/9 + 5/7)/2 ≈ 0.746. A point nearer to another cluster than to its own has s &lt; 0.
 *
 * <p>Labels are names, not indices: any ints (−1, 7, 40 …), and renaming the clusters does not change
 * the score. There must be between 2 and n − 1 distinct labels.
 *
 * <p>Shapes: X is n×p, labels has length n; neither is modified.
 *
 * <p>Errors: throw {@link ShapeMismatchException} if labels does not have length n, and
 * {@link IllegalArgumentException} if X has no row or no column, an entry is NaN or infinite, or the
 * number of distinct labels is not in [2, n − 1].
 *
 * <p>You need: {@code X.row(i)}, {@code Math.sqrt}, a {@code java.util.Map} (or a sort) from label to
 * cluster. Not core's {@code Silhouette}.
 *
 * <p>Classic traps: a(i) excludes the point itself (divide by |C_i| − 1, not |C_i|); distances, not
 * squared distances; b is the NEAREST other cluster's mean distance, not the farthest's and not the mean
 * over all other points; divide by max(a, b), not by b (they differ when s &lt; 0); a singleton scores 0,
 * not 0/0 and not 1; labels may be negative or have gaps, so do not use them as array indices.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=silhouette}
 */
public final class SilhouetteScore {
    private SilhouetteScore() {
    }

    /**
     * Returns the mean silhouette (1/n)·Σᵢ s(i) of the clustering.
     *
     * @param X      the n×p points, finite (not modified)
     * @param labels the cluster of each point, length n, any ints, 2 to n − 1 distinct (not modified)
     * @return the score, in [−1, 1]
     * @throws ShapeMismatchException if labels does not have length n
     * @throws IllegalArgumentException if X is empty or not finite, or the number of clusters is not in [2, n − 1]
     */
    public static double score(Matrix X, int[] labels) {
        // TODO: check, group the points by label, then a(i), b(i) and s(i) for each point, and their mean.
        throw new NotImplementedYet("ps3 silhouette");
    }
}
