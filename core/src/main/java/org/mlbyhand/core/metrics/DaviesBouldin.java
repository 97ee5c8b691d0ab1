package org.mlbyhand.core.metrics;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The Davies–Bouldin index of a clustering (Davies and Bouldin, 1979), as scikit-learn 1.2's
 * {@code davies_bouldin_score}:
 * <pre>{@code
 *   c_j  = the mean of cluster j;   S_j = (1/|C_j|)·Σ_{i ∈ C_j} ‖xᵢ − c_j‖     its mean distance to its centroid
 *   R_jl = (S_j + S_l) / ‖c_j − c_l‖                                         (0 when ‖c_j − c_l‖ = 0)
 *   DB   = (1/k)·Σ_j max_{l ≠ j} R_jl
 * }</pre>
 * Lower is better: compact clusters (small S) far apart (large ‖c_j − c_l‖). Special cases, as
 * scikit-learn: DB = 0 when every S_j ≤ 1e-8, or every centroid distance ≤ 1e-8 (NumPy's
 * {@code allclose(·, 0)}); a pair of coinciding centroids contributes R_jl = 0. Labels may be any ints;
 * there must be 2 ≤ k ≤ n − 1 distinct ones.
 */
public final class DaviesBouldin {
    private static final double ALL_CLOSE_TO_ZERO = 1e-8;

    private DaviesBouldin() {
    }

    /**
     * Returns the Davies–Bouldin index.
     *
     * @param X      n×p, finite (not modified)
     * @param labels length n, any ints, 2 to n − 1 distinct values (not modified)
     * @return ≥ 0
     * @throws IllegalArgumentException if X is empty or non-finite, or the number of distinct labels is
     *                                  not in [2, n − 1]
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if labels does not have length n
     */
    public static double daviesBouldinScore(Matrix X, int[] labels) {
        ClusterLabels c = ClusterLabels.forScore("daviesBouldinScore", X, labels);
        int k = c.k();
        int p = X.cols();
        double[][] centroids = new double[k][p];                    // k×p
        for (int i = 0; i < X.rows(); i++) {
            for (int f = 0; f < p; f++) {
                centroids[c.code(i)][f] += X.get(i, f);
            }
        }
        for (int j = 0; j < k; j++) {
            for (int f = 0; f < p; f++) {
                centroids[j][f] /= c.size(j);
            }
        }
        double[] S = new double[k];
        for (int i = 0; i < X.rows(); i++) {
            S[c.code(i)] += ClusterLabels.distance(X.row(i), centroids[c.code(i)]);
        }
        boolean compact = true;
        boolean coincide = true;
        for (int j = 0; j < k; j++) {
            S[j] /= c.size(j);
            compact &= Math.abs(S[j]) <= ALL_CLOSE_TO_ZERO;
            for (int l = 0; l < k; l++) {
                coincide &= ClusterLabels.distance(centroids[j], centroids[l]) <= ALL_CLOSE_TO_ZERO;
            }
        }
        if (compact || coincide) {
            return 0.0;
        }
        double sum = 0.0;
        for (int j = 0; j < k; j++) {
            double worst = 0.0;
            for (int l = 0; l < k; l++) {
                double d = ClusterLabels.distance(centroids[j], centroids[l]);
                worst = l == j || d == 0.0 ? worst : Math.max(worst, (S[j] + S[l]) / d);
            }
            sum += worst;
        }
        return sum / k;
    }
}
