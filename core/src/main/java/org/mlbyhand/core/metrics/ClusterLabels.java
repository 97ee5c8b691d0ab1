package org.mlbyhand.core.metrics;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Cluster labels as the clustering metrics read them: any ints (−1 for noise included), renumbered
 * 0 … k−1 in increasing order of value, as scikit-learn's {@code LabelEncoder} does; plus the checks
 * those metrics share.
 */
final class ClusterLabels {
    private final int[] codes;   // (n) in [0, k)
    private final int[] sizes;   // (k)

    private ClusterLabels(int[] codes, int[] sizes) {
        this.codes = codes;
        this.sizes = sizes;
    }

    /** Renumbers labels 0 … k−1 by increasing value (labels not modified). */
    static ClusterLabels of(int[] labels) {
        int[] values = Arrays.stream(labels).distinct().sorted().toArray();
        int[] codes = new int[labels.length];
        int[] sizes = new int[values.length];
        for (int i = 0; i < labels.length; i++) {
            codes[i] = Arrays.binarySearch(values, labels[i]);
            sizes[codes[i]]++;
        }
        return new ClusterLabels(codes, sizes);
    }

    /**
     * Checks X (n×p, n ≥ 1, finite) and labels (length n) and that there are 2 ≤ k ≤ n − 1 clusters, as
     * scikit-learn's {@code check_number_of_labels}; returns the renumbered labels.
     */
    static ClusterLabels forScore(String who, Matrix X, int[] labels) {
        Arguments.requireNonEmpty(who, "X", X);
        Arguments.requireFinite(who, "X", X);
        Arguments.requireLength(who, "X", X, "labels", labels.length);
        ClusterLabels c = of(labels);
        if (c.k() < 2 || c.k() > X.rows() - 1) {
            throw new IllegalArgumentException(who + ": " + c.k() + " distinct labels among " + X.rows()
                    + " rows; a score of a clustering needs 2 to n − 1 = " + (X.rows() - 1) + " clusters");
        }
        return c;
    }

    /** Returns k, the number of distinct labels. */
    int k() {
        return sizes.length;
    }

    /** Returns the cluster of row i, in [0, k). */
    int code(int i) {
        return codes[i];
    }

    /** Returns the number of rows in cluster c. */
    int size(int c) {
        return sizes[c];
    }

    /** Returns ‖a − b‖ = √Σ_f (a_f − b_f)². */
    static double distance(double[] a, double[] b) {
        double sum = 0.0;
        for (int f = 0; f < a.length; f++) {
            sum += (a[f] - b[f]) * (a[f] - b[f]);
        }
        return Math.sqrt(sum);
    }
}
