package org.mlbyhand.core.metrics;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The silhouette of a clustering (Rousseeuw, 1987), as scikit-learn 1.2's {@code silhouette_samples}
 * and {@code silhouette_score} with the Euclidean distance d:
 * <pre>{@code
 *   a(i) = (1/(|C_i| − 1))·Σ_{l ∈ C_i, l ≠ i} d(xᵢ, x_l)        mean distance to the rest of its own cluster
 *   b(i) = min_{C ≠ C_i} (1/|C|)·Σ_{l ∈ C} d(xᵢ, x_l)          mean distance to the nearest other cluster
 *   s(i) = (b(i) − a(i)) / max(a(i), b(i))                      in [−1, 1];  0 if |C_i| = 1 or a = b = 0
 *   silhouetteScore = (1/n)·Σᵢ s(i)
 * }</pre>
 * s(i) near 1: xᵢ sits well inside its cluster; near 0: on a border; negative: closer to another
 * cluster than to its own. The 0 for a singleton (and for a = b = 0, duplicate points) is scikit-learn's
 * {@code nan_to_num} of 0/0. Labels may be any ints; there must be 2 ≤ k ≤ n − 1 distinct ones.
 *
 * <p>Cost: n² distances, O(n²·p) time and O(n) memory. scikit-learn computes d as
 * √(‖x‖² − 2xᵀy + ‖y‖²); the direct sum here is at least as accurate (they agree to 1e-12 on data of
 * moderate norm).
 */
public final class Silhouette {
    private Silhouette() {
    }

    /**
     * Returns s(i) for every row.
     *
     * @param X      n×p, finite (not modified)
     * @param labels length n, any ints, 2 to n − 1 distinct values (not modified)
     * @return length n, each in [−1, 1]
     * @throws IllegalArgumentException if X is empty or non-finite, or the number of distinct labels is
     *                                  not in [2, n − 1]
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if labels does not have length n
     */
    public static double[] silhouetteSamples(Matrix X, int[] labels) {
        ClusterLabels c = ClusterLabels.forScore("silhouetteSamples", X, labels);
        int n = X.rows();
        double[][] x = X.toArray();
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            double[] sums = new double[c.k()];                      // Σ of d(xᵢ, x_l) over each cluster
            for (int l = 0; l < n; l++) {
                sums[c.code(l)] += l == i ? 0.0 : ClusterLabels.distance(x[i], x[l]);
            }
            int own = c.code(i);
            if (c.size(own) == 1) {
                continue;                                           // s(i) = 0 for a singleton
            }
            double a = sums[own] / (c.size(own) - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int other = 0; other < c.k(); other++) {
                b = other == own ? b : Math.min(b, sums[other] / c.size(other));
            }
            double larger = Math.max(a, b);
            s[i] = larger == 0.0 ? 0.0 : (b - a) / larger;
        }
        return s;
    }

    /**
     * Returns the mean silhouette (1/n)·Σᵢ s(i).
     *
     * @param X      n×p, finite (not modified)
     * @param labels length n, any ints, 2 to n − 1 distinct values (not modified)
     * @return in [−1, 1]
     * @throws IllegalArgumentException as {@link #silhouetteSamples}
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if labels does not have length n
     */
    public static double silhouetteScore(Matrix X, int[] labels) {
        double sum = 0.0;
        for (double s : silhouetteSamples(X, labels)) {
            sum += s;
        }
        return sum / X.rows();
    }
}
