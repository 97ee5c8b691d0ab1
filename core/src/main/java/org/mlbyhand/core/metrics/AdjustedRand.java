package org.mlbyhand.core.metrics;

import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * The adjusted Rand index of two labellings of the same n points (Hubert and Arabie, 1985), as
 * scikit-learn 1.2's {@code adjusted_rand_score}: how often the two agree on whether a pair of points
 * belongs together, corrected for the agreement expected by chance. From the pair counts (over ordered
 * pairs i ≠ l, as scikit-learn's {@code pair_confusion_matrix})
 * <pre>{@code
 *   TP = together in both,  FN = together in the first only,  FP = in the second only,  TN = in neither
 *   ARI = 2·(TP·TN − FN·FP) / ((TP + FN)·(FN + TN) + (TP + FP)·(FP + TN))      and 1 when FN = FP = 0
 * }</pre>
 * computed from the contingency table n_ab = #{i : first label a, second label b}, row sums n_a, column
 * sums n_b: TP = Σ n_ab² − n, FN = Σ_a n_a² − Σ n_ab², FP = Σ_b n_b² − Σ n_ab², TN = n² − TP − FN − FP − n.
 * 1 means identical partitions (up to renumbering), about 0 a random one, and it can be negative. It is
 * symmetric in its arguments and ignores the label values themselves (any ints).
 *
 * <p>Counts are exact longs (n up to about 3·10⁹); the two products are formed in double, as
 * scikit-learn converts its exact integers before dividing.
 */
public final class AdjustedRand {
    private AdjustedRand() {
    }

    /**
     * Returns the adjusted Rand index of two labellings.
     *
     * @param labelsTrue length n ≥ 1, any ints (not modified)
     * @param labelsPred length n, any ints (not modified)
     * @return at most 1
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if the labellings are empty
     */
    public static double adjustedRandScore(int[] labelsTrue, int[] labelsPred) {
        Checks.sameLength("adjustedRandScore", "labelsTrue", labelsTrue.length, "labelsPred", labelsPred.length);
        ClusterLabels a = ClusterLabels.of(labelsTrue);
        ClusterLabels b = ClusterLabels.of(labelsPred);
        long n = labelsTrue.length;
        long[][] table = new long[a.k()][b.k()];
        for (int i = 0; i < n; i++) {
            table[a.code(i)][b.code(i)]++;
        }
        long sumSquares = 0;
        for (long[] row : table) {
            for (long v : row) {
                sumSquares += v * v;
            }
        }
        long rowSquares = 0;
        for (int r = 0; r < a.k(); r++) {
            rowSquares += (long) a.size(r) * a.size(r);
        }
        long columnSquares = 0;
        for (int s = 0; s < b.k(); s++) {
            columnSquares += (long) b.size(s) * b.size(s);
        }
        long tp = sumSquares - n;
        long fn = rowSquares - sumSquares;
        long fp = columnSquares - sumSquares;
        long tn = n * n - tp - fn - fp - n;
        if (fn == 0 && fp == 0) {
            return 1.0;
        }
        double numerator = 2.0 * ((double) tp * tn - (double) fn * fp);
        return numerator / ((double) (tp + fn) * (fn + tn) + (double) (tp + fp) * (fp + tn));
    }
}
