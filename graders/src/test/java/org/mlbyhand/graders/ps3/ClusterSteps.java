package org.mlbyhand.graders.ps3;

import org.mlbyhand.core.linalg.Matrix;

/**
 * The k-means steps written out for the correct alternatives of the update step and of Lloyd's loop,
 * independently of core's {@code Lloyd}: who moves into an empty cluster, the new means, the mean column
 * variance that scales Lloyd's tolerance.
 */
final class ClusterSteps {
    private ClusterSteps() {
    }

    /** Each point's cluster after the moves into empty clusters (a new array). */
    static int[] finalLabels(Matrix X, int[] labels, Matrix C) {
        int n = X.rows();
        int k = C.rows();
        int[] members = new int[k];
        for (int label : labels) {
            members[label]++;
        }
        int[] result = labels.clone();
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = ClusterInputs.squaredDistance(X.row(i), C.row(labels[i]));
        }
        boolean[] taken = new boolean[n];
        boolean first = true;
        for (int j = 0; j < k; j++) {
            if (members[j] > 0) {
                continue;
            }
            int far = -1;
            for (int i = 0; i < n; i++) {
                if (!taken[i] && (far < 0 || d[i] > d[far])) {
                    far = i;
                }
            }
            if (first && d[far] == 0.0) {
                return result;          // every point sits on its centre: nothing moves
            }
            first = false;
            taken[far] = true;
            result[far] = j;
        }
        return result;
    }

    /** The new centres: the mean of each cluster's final members, recomputed from scratch; an empty one keeps its centre. */
    static Matrix means(Matrix X, int[] labels, Matrix C) {
        int[] member = finalLabels(X, labels, C);
        Matrix next = C.copy();
        int[] counts = new int[C.rows()];
        double[][] sums = new double[C.rows()][X.cols()];
        for (int i = 0; i < X.rows(); i++) {
            counts[member[i]]++;
            for (int f = 0; f < X.cols(); f++) {
                sums[member[i]][f] += X.get(i, f);
            }
        }
        for (int j = 0; j < C.rows(); j++) {
            for (int f = 0; f < X.cols() && counts[j] > 0; f++) {
                next.set(j, f, sums[j][f] / counts[j]);
            }
        }
        return next;
    }

    /** Returns (1/p)·Σ_f (1/n)·Σᵢ (X_if − x̄_f)², the mean column variance with the 1/n denominator. */
    static double meanColumnVariance(Matrix X) {
        double[] mean = X.columnMeans();
        double total = 0.0;
        for (int f = 0; f < X.cols(); f++) {
            double ss = 0.0;
            for (int i = 0; i < X.rows(); i++) {
                double d = X.get(i, f) - mean[f];
                ss += d * d;
            }
            total += ss / X.rows();
        }
        return total / X.cols();
    }
}
