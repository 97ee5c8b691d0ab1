package org.mlbyhand.core.tree;

import java.util.Arrays;

/**
 * The definition of the best split of one feature, O(n²), kept beside the sweep
 * ({@link Splitter#bestSplitNaive}): list the candidate thresholds, form both children of each by
 * comparing every xᵢ with it, compute their impurities from scratch, keep the first largest
 * improvement. Inputs are checked by the caller.
 */
final class NaiveSplit {
    private NaiveSplit() {
    }

    static Split classification(double[] x, int[] y, int k, ClassificationCriterion criterion, int minSamplesLeaf) {
        int n = x.length;
        double impurity = criterion.impurity(Impurity.classCounts(y, k));
        Split best = Split.none(n, impurity);
        for (double t : candidateThresholds(x)) {
            double[] left = new double[k];
            double[] right = new double[k];
            int nLeft = 0;
            for (int i = 0; i < n; i++) {
                if (x[i] <= t) {
                    left[y[i]]++;
                    nLeft++;
                } else {
                    right[y[i]]++;
                }
            }
            int nRight = n - nLeft;
            if (nLeft < minSamplesLeaf || nRight < minSamplesLeaf) {
                continue;
            }
            double iL = criterion.impurity(left);
            double iR = criterion.impurity(right);
            double improvement = impurity - (double) nRight / n * iR - (double) nLeft / n * iL;
            if (improvement > best.improvement()) {
                best = new Split(0, t, nLeft, nRight, impurity, iL, iR, improvement);
            }
        }
        return best;
    }

    static Split regression(double[] x, double[] y, RegressionCriterion criterion, int minSamplesLeaf) {
        int n = x.length;
        double impurity = Impurity.squaredError(y);
        Split best = Split.none(n, impurity);
        for (double t : candidateThresholds(x)) {
            int nLeft = 0;
            for (double v : x) {
                nLeft += v <= t ? 1 : 0;
            }
            int nRight = n - nLeft;
            if (nLeft < minSamplesLeaf || nRight < minSamplesLeaf) {
                continue;
            }
            double[] left = new double[nLeft];
            double[] right = new double[nRight];
            int l = 0;
            int r = 0;
            for (int i = 0; i < n; i++) {
                if (x[i] <= t) {
                    left[l++] = y[i];
                } else {
                    right[r++] = y[i];
                }
            }
            double iL = Impurity.squaredError(left);
            double iR = Impurity.squaredError(right);
            double improvement = criterion == RegressionCriterion.FRIEDMAN_MSE
                    ? (double) nLeft * nRight / n * square(mean(left) - mean(right))
                    : impurity - (double) nRight / n * iR - (double) nLeft / n * iL;
            if (improvement > best.improvement()) {
                best = new Split(0, t, nLeft, nRight, impurity, iL, iR, improvement);
            }
        }
        return best;
    }

    /** The midpoints between consecutive sorted values more than FEATURE_THRESHOLD apart, ascending. */
    private static double[] candidateThresholds(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        double[] t = new double[s.length];
        int m = 0;
        for (int p = 1; p < s.length; p++) {
            if (s[p] > s[p - 1] + Splitter.FEATURE_THRESHOLD) {
                t[m++] = Splitter.threshold(s[p - 1], s[p]);
            }
        }
        return Arrays.copyOf(t, m);
    }

    private static double mean(double[] v) {
        double s = 0.0;
        for (double a : v) {
            s += a;
        }
        return s / v.length;
    }

    private static double square(double a) {
        return a * a;
    }
}
