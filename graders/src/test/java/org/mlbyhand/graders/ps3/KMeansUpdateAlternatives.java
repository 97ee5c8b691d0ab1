package org.mlbyhand.graders.ps3;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct update steps written differently from core's (sums and counts in one pass, the moved points
 * subtracted from their old sums), each of which the grader must accept. They first decide every
 * point's final cluster, then compute the means from scratch, so they round differently; the grader's
 * random cases keep the centres from being a cancellation far below the points' size.
 */
final class KMeansUpdateAlternatives {
    private KMeansUpdateAlternatives() {
    }

    static final List<Alternative<KMeansUpdateGrader.Update>> ALL = List.of(
            new Alternative<>("final memberships first (farthest points by repeated strict argmax), then each"
                    + " cluster's mean by a filter over the points", KMeansUpdateAlternatives::filtered),
            new Alternative<>("one-hot indicator M (n×k): sums = Mᵀ·X after the moves, then divided by the column"
                    + " counts of M", KMeansUpdateAlternatives::indicator),
            new Alternative<>("running means c ← c + (x − c)/m over each cluster's final members",
                    KMeansUpdateAlternatives::running));

    private static Matrix filtered(Matrix X, int[] labels, Matrix C) {
        ClusterInputs.clustering("update", X, labels, C);
        int[] member = ClusterSteps.finalLabels(X, labels, C);
        Matrix next = C.copy();
        for (int j = 0; j < C.rows(); j++) {
            final int cluster = j;
            int[] rows = IntStream.range(0, X.rows()).filter(i -> member[i] == cluster).toArray();
            for (int f = 0; f < X.cols() && rows.length > 0; f++) {
                double sum = 0.0;
                for (int i : rows) {
                    sum += X.get(i, f);
                }
                next.set(j, f, sum / rows.length);
            }
        }
        return next;
    }

    private static Matrix indicator(Matrix X, int[] labels, Matrix C) {
        ClusterInputs.clustering("update", X, labels, C);
        int[] member = ClusterSteps.finalLabels(X, labels, C);
        int n = X.rows();
        int k = C.rows();
        Matrix M = Matrix.zeros(n, k);                                   // n×k
        for (int i = 0; i < n; i++) {
            M.set(i, member[i], 1.0);
        }
        Matrix sums = M.transpose().multiply(X);                         // k×p
        double[] counts = M.columnSums();
        Matrix next = C.copy();
        for (int j = 0; j < k; j++) {
            for (int f = 0; f < X.cols() && counts[j] > 0; f++) {
                next.set(j, f, sums.get(j, f) / counts[j]);
            }
        }
        return next;
    }

    private static Matrix running(Matrix X, int[] labels, Matrix C) {
        ClusterInputs.clustering("update", X, labels, C);
        int[] member = ClusterSteps.finalLabels(X, labels, C);
        Matrix next = C.copy();
        int[] seen = new int[C.rows()];
        Integer[] byCluster = IntStream.range(0, X.rows()).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(byCluster, Comparator.comparingInt((Integer i) -> member[i]));
        for (int i : byCluster) {
            int j = member[i];
            seen[j]++;
            for (int f = 0; f < X.cols(); f++) {
                double c = seen[j] == 1 ? 0.0 : next.get(j, f);
                next.set(j, f, c + (X.get(i, f) - c) / seen[j]);
            }
        }
        return next;
    }
}
