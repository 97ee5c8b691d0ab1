package org.mlbyhand.graders.ps3;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct silhouettes written differently from core's (per point, one pass over all points summing the
 * distances per cluster), each of which the grader must accept: a precomputed n×n distance matrix with
 * clusters as lists in a map, and a cluster-by-cluster loop that computes a(i) and each candidate b(i)
 * as separate means. They add the same distances in other orders.
 */
final class SilhouetteScoreAlternatives {
    private SilhouetteScoreAlternatives() {
    }

    static final List<Alternative<SilhouetteScoreGrader.Score>> ALL = List.of(
            new Alternative<>("a distance matrix, clusters as lists in a map", SilhouetteScoreAlternatives::table),
            new Alternative<>("cluster by cluster: a(i) and every other cluster's mean, each its own loop",
                    SilhouetteScoreAlternatives::byCluster));

    private static double table(Matrix X, int[] labels) {
        SilhouetteScoreGrader.check(X, labels);
        int n = X.rows();
        double[][] D = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int l = i + 1; l < n; l++) {
                D[i][l] = Math.sqrt(ClusterInputs.squaredDistance(X.row(i), X.row(l)));
                D[l][i] = D[i][l];
            }
        }
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(labels[i], label -> new ArrayList<>()).add(i);
        }
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            List<Integer> own = clusters.get(labels[i]);
            if (own.size() == 1) {
                continue;
            }
            double a = 0.0;
            for (int l : own) {
                a += D[i][l];
            }
            a /= own.size() - 1;
            double b = Double.POSITIVE_INFINITY;
            for (Map.Entry<Integer, List<Integer>> e : clusters.entrySet()) {
                if (e.getKey() == labels[i]) {
                    continue;
                }
                double m = 0.0;
                for (int l : e.getValue()) {
                    m += D[i][l];
                }
                b = Math.min(b, m / e.getValue().size());
            }
            double larger = Math.max(a, b);
            sum += larger == 0.0 ? 0.0 : (b - a) / larger;
        }
        return sum / n;
    }

    private static double byCluster(Matrix X, int[] labels) {
        int[] code = SilhouetteScoreGrader.check(X, labels);
        int n = X.rows();
        int k = 0;
        for (int c : code) {
            k = Math.max(k, c + 1);
        }
        double[] s = new double[n];
        for (int own = 0; own < k; own++) {
            for (int i = 0; i < n; i++) {
                if (code[i] != own) {
                    continue;
                }
                double a = meanDistance(X, code, i, own);
                if (Double.isNaN(a)) {
                    continue;                                   // a singleton: s = 0
                }
                double b = Double.POSITIVE_INFINITY;
                for (int other = 0; other < k; other++) {
                    if (other != own) {
                        b = Math.min(b, meanDistance(X, code, i, other));
                    }
                }
                s[i] = Math.max(a, b) == 0.0 ? 0.0 : (b - a) / Math.max(a, b);
            }
        }
        double sum = 0.0;
        for (double v : s) {
            sum += v;
        }
        return sum / n;
    }

    /** The mean distance from point i to the points of cluster c other than i (NaN if there are none). */
    private static double meanDistance(Matrix X, int[] code, int i, int c) {
        double sum = 0.0;
        int count = 0;
        for (int l = 0; l < X.rows(); l++) {
            if (code[l] == c && l != i) {
                sum += Math.sqrt(ClusterInputs.squaredDistance(X.row(i), X.row(l)));
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
