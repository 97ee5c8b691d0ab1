package org.mlbyhand.graders.ps3;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.grading.Alternative;

/**
 * Correct k-means++ seedings written differently from core's (a running D and a linear scan of the
 * cumulative sums), each of which the grader must accept exactly: they compute the same squared
 * distances and the same sums in the same order, so every draw lands on the same row.
 */
final class KMeansPlusPlusSeedingAlternatives {
    private KMeansPlusPlusSeedingAlternatives() {
    }

    static final List<Alternative<KMeansPlusPlusSeedingGrader.Seeding>> ALL = List.of(
            new Alternative<>("prefix sums of D and a binary search for the first one above r",
                    KMeansPlusPlusSeedingAlternatives::binarySearch),
            new Alternative<>("D recomputed each time as the minimum over all chosen centres, from a table of"
                    + " squared distances", KMeansPlusPlusSeedingAlternatives::fromTable));

    private static int[] binarySearch(Matrix X, int k, int trials, int seed) {
        ClusterInputs.seeding("indices", X, k, trials);
        int n = X.rows();
        Rng rng = new Rng(seed);
        int[] chosen = new int[k];
        chosen[0] = rng.nextInt(n);
        double[] D = new double[n];
        for (int i = 0; i < n; i++) {
            D[i] = ClusterInputs.squaredDistance(X.row(i), X.row(chosen[0]));
        }
        for (int c = 1; c < k; c++) {
            double[] prefix = prefixSums(D);
            double potential = prefix[n - 1];
            int best = -1;
            double[] bestD = null;
            double bestPotential = Double.POSITIVE_INFINITY;
            for (int t = 0; t < trials; t++) {
                double r = rng.nextDouble() * potential;
                int lo = 0;
                int hi = n;                             // the first index with prefix > r lies in [lo, hi]
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (prefix[mid] > r) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                int candidate = Math.min(lo, n - 1);
                double[] candidateD = new double[n];
                for (int i = 0; i < n; i++) {
                    candidateD[i] = Math.min(D[i], ClusterInputs.squaredDistance(X.row(i), X.row(candidate)));
                }
                double candidatePotential = prefixSums(candidateD)[n - 1];
                if (candidatePotential < bestPotential || best < 0) {
                    best = candidate;
                    bestD = candidateD;
                    bestPotential = candidatePotential;
                }
            }
            chosen[c] = best;
            D = bestD;
        }
        return chosen;
    }

    private static int[] fromTable(Matrix X, int k, int trials, int seed) {
        ClusterInputs.seeding("indices", X, k, trials);
        int n = X.rows();
        double[][] table = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < n; l++) {
                table[i][l] = ClusterInputs.squaredDistance(X.row(i), X.row(l));
            }
        }
        Rng rng = new Rng(seed);
        int[] chosen = new int[k];
        chosen[0] = rng.nextInt(n);
        for (int c = 1; c < k; c++) {
            double[] D = nearest(table, chosen, c, -1);
            double potential = 0.0;
            for (double d : D) {
                potential += d;
            }
            int best = -1;
            double bestPotential = 0.0;
            for (int t = 0; t < trials; t++) {
                double r = rng.nextDouble() * potential;
                int candidate = n - 1;
                double cumulative = 0.0;
                for (int i = 0; i < n; i++) {
                    cumulative += D[i];
                    if (cumulative > r) {
                        candidate = i;
                        break;
                    }
                }
                double candidatePotential = 0.0;
                for (double d : nearest(table, chosen, c, candidate)) {
                    candidatePotential += d;
                }
                if (best < 0 || candidatePotential < bestPotential) {
                    best = candidate;
                    bestPotential = candidatePotential;
                }
            }
            chosen[c] = best;
        }
        return chosen;
    }

    /** D(i) = min over chosen[0 … count−1] (and over extra, if ≥ 0) of the squared distance from row i. */
    private static double[] nearest(double[][] table, int[] chosen, int count, int extra) {
        double[] D = new double[table.length];
        for (int i = 0; i < table.length; i++) {
            double d = table[i][chosen[0]];
            for (int c = 1; c < count; c++) {
                d = Math.min(d, table[i][chosen[c]]);
            }
            D[i] = extra >= 0 ? Math.min(d, table[i][extra]) : d;
        }
        return D;
    }

    private static double[] prefixSums(double[] D) {
        double[] prefix = new double[D.length];
        double s = 0.0;
        for (int i = 0; i < D.length; i++) {
            s += D[i];
            prefix[i] = s;
        }
        return prefix;
    }
}
