package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the silhouette, each a complete implementation (with the reference's checks) the
 * grader must reject. Each fails first on its own hand-picked case: the point counted in its own mean
 * and the squared distances on the two-cluster paper case; the pooled and the farthest other clusters
 * on three clusters; the division by b on a point closer to the other cluster (s = −1/2); the
 * singleton's 0/0 and 1 on a singleton; labels used as array indices on labels −1 and 7.
 */
final class SilhouetteScoreBugs {
    private SilhouetteScoreBugs() {
    }

    private enum Mistake {
        SELF_IN_OWN_MEAN, SQUARED_DISTANCES, POOLED_OTHERS, FARTHEST_CLUSTER, DIVIDED_BY_B, SINGLETON_NAN,
        SINGLETON_ONE, LABELS_AS_INDICES
    }

    static final List<Bug<SilhouetteScoreGrader.Score>> ALL = List.of(
            new Bug<>("the point itself in its own cluster's mean",
                    "a(i) is the mean distance to the OTHER points of its cluster: the sum over l ≠ i divided by"
                            + " |C_i| − 1. Dividing by |C_i| counts the point's distance 0 to itself.",
                    (X, labels) -> score(X, labels, Mistake.SELF_IN_OWN_MEAN)),
            new Bug<>("squared distances",
                    "the silhouette uses distances d(x, y) = √Σ_f (x_f − y_f)², not their squares (k-means' inertia"
                            + " is the one with squares).",
                    (X, labels) -> score(X, labels, Mistake.SQUARED_DISTANCES)),
            new Bug<>("b over all the other points together",
                    "b(i) is the mean distance to the NEAREST other cluster: one mean per cluster C ≠ C_i, then the"
                            + " minimum of those means; not one mean over every point outside C_i.",
                    (X, labels) -> score(X, labels, Mistake.POOLED_OTHERS)),
            new Bug<>("the farthest other cluster",
                    "b(i) is the minimum over the other clusters of the mean distance: the cluster the point would"
                            + " join next, the nearest one, not the farthest.",
                    (X, labels) -> score(X, labels, Mistake.FARTHEST_CLUSTER)),
            new Bug<>("divided by b instead of max(a, b)",
                    "s(i) = (b − a)/max(a, b). For a point nearer to another cluster (a > b) that is (b − a)/a, which"
                            + " keeps s ≥ −1; (b − a)/b can go below −1.",
                    (X, labels) -> score(X, labels, Mistake.DIVIDED_BY_B)),
            new Bug<>("0/0 for a singleton",
                    "a cluster of one point has no other point to average over: a(i) would be 0/0. Its silhouette is"
                            + " defined as 0 (scikit-learn's rule): skip the division and set s(i) = 0.",
                    (X, labels) -> score(X, labels, Mistake.SINGLETON_NAN)),
            new Bug<>("a singleton scores 1",
                    "a cluster of one point scores s(i) = 0, not 1: with a(i) = 0 the formula would call it perfect,"
                            + " but one point says nothing about how tight its cluster is.",
                    (X, labels) -> score(X, labels, Mistake.SINGLETON_ONE)),
            new Bug<>("labels used as array indices",
                    "labels are names, any ints: −1 and 7 are fine. Map each distinct label to a cluster (a Map, or"
                            + " the sorted distinct values) instead of indexing arrays by the label itself.",
                    (X, labels) -> score(X, labels, Mistake.LABELS_AS_INDICES)));

    private static double score(Matrix X, int[] labels, Mistake mistake) {
        int[] code = mistake == Mistake.LABELS_AS_INDICES ? labels.clone() : SilhouetteScoreGrader.check(X, labels);
        int k = 0;
        for (int c : code) {
            k = Math.max(k, c + 1);
        }
        if (mistake == Mistake.LABELS_AS_INDICES) {
            SilhouetteScoreGrader.check(X, labels);
        }
        int n = X.rows();
        int[] size = new int[k];
        for (int c : code) {
            size[c]++;
        }
        double total = 0.0;
        for (int i = 0; i < n; i++) {
            double[] sums = new double[k];
            double pooled = 0.0;
            for (int l = 0; l < n; l++) {
                double d2 = ClusterInputs.squaredDistance(X.row(i), X.row(l));
                double d = mistake == Mistake.SQUARED_DISTANCES ? d2 : Math.sqrt(d2);
                sums[code[l]] += l == i ? 0.0 : d;
                pooled += code[l] == code[i] ? 0.0 : d;
            }
            int own = code[i];
            if (size[own] == 1 && mistake != Mistake.SINGLETON_NAN && mistake != Mistake.SINGLETON_ONE) {
                continue;
            }
            double a = size[own] == 1 && mistake == Mistake.SINGLETON_ONE ? 0.0
                    : sums[own] / (mistake == Mistake.SELF_IN_OWN_MEAN ? size[own] : size[own] - 1);
            double b = mistake == Mistake.FARTHEST_CLUSTER ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (int other = 0; other < k; other++) {
                if (other == own) {
                    continue;
                }
                double mean = sums[other] / size[other];
                b = mistake == Mistake.FARTHEST_CLUSTER ? Math.max(b, mean) : Math.min(b, mean);
            }
            if (mistake == Mistake.POOLED_OTHERS) {
                b = pooled / (n - size[own]);
            }
            double larger = mistake == Mistake.DIVIDED_BY_B ? b : Math.max(a, b);
            total += larger == 0.0 && mistake != Mistake.SINGLETON_NAN ? 0.0 : (b - a) / larger;
        }
        return total / n;
    }
}
