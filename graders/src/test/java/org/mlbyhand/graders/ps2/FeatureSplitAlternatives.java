package org.mlbyhand.graders.ps2;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.mlbyhand.core.tree.Split;
import org.mlbyhand.grading.Alternative;

/**
 * Correct best splits of one feature written differently from core's left-to-right sweep scored by
 * the proxy −n_R·i_R − n_L·i_L, each of which the grader must accept: the naive definition, a sweep
 * from the right, and one that minimises the weighted impurity of the children.
 */
final class FeatureSplitAlternatives {
    private FeatureSplitAlternatives() {
    }

    static final List<Alternative<FeatureSplitGrader.Search>> ALL = List.of(
            new Alternative<>("naive, O(n²): each midpoint of sorted distinct values, children counted from scratch",
                    FeatureSplitAlternatives::naive),
            new Alternative<>("sweep from the right, rows moving to the right child, >= so the lowest t wins ties",
                    FeatureSplitAlternatives::fromTheRight),
            new Alternative<>("sweep minimising n_L·i_L + n_R·i_R with Gini as Σ p(1 − p), strictly smaller",
                    FeatureSplitAlternatives::smallestWeightedImpurity));

    private static Split naive(double[] x, int[] y, int k, int minSamplesLeaf) {
        NodeInputs.feature("bestSplit", x, y, k, minSamplesLeaf);
        int n = x.length;
        double impurity = gini(NodeInputs.counts(y, k));
        Split best = none(n, impurity);
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        for (int p = 1; p < n; p++) {
            if (sorted[p] == sorted[p - 1]) {
                continue;
            }
            double t = sorted[p - 1] / 2 + sorted[p] / 2;
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
            double iLeft = gini(left);
            double iRight = gini(right);
            double improvement = impurity - (nLeft * iLeft + nRight * iRight) / n;
            if (improvement > best.improvement()) {
                best = new Split(0, t, nLeft, nRight, impurity, iLeft, iRight, improvement);
            }
        }
        return best;
    }

    private static Split fromTheRight(double[] x, int[] y, int k, int minSamplesLeaf) {
        NodeInputs.feature("bestSplit", x, y, k, minSamplesLeaf);
        int n = x.length;
        int[] order = sortedIndices(x);
        double[] left = NodeInputs.counts(y, k);
        double[] right = new double[k];
        double impurity = gini(left);
        Split best = none(n, impurity);
        for (int p = n - 1; p >= 1; p--) {
            int row = order[p];
            left[y[row]]--;
            right[y[row]]++;
            double below = x[order[p - 1]];
            if (below == x[row]) {
                continue;
            }
            int nLeft = p;
            int nRight = n - p;
            if (nLeft < minSamplesLeaf || nRight < minSamplesLeaf) {
                continue;
            }
            double iLeft = gini(left);
            double iRight = gini(right);
            double improvement = impurity - (double) nRight / n * iRight - (double) nLeft / n * iLeft;
            if (improvement >= best.improvement()) {
                best = new Split(0, below / 2 + x[row] / 2, nLeft, nRight, impurity, iLeft, iRight, improvement);
            }
        }
        return best;
    }

    private static Split smallestWeightedImpurity(double[] x, int[] y, int k, int minSamplesLeaf) {
        NodeInputs.feature("bestSplit", x, y, k, minSamplesLeaf);
        int n = x.length;
        int[] order = sortedIndices(x);
        double[] left = new double[k];
        double[] right = NodeInputs.counts(y, k);
        double impurity = expectedMisclassification(right);
        Split best = none(n, impurity);
        double smallest = Double.POSITIVE_INFINITY;
        for (int p = 1; p < n; p++) {
            left[y[order[p - 1]]]++;
            right[y[order[p - 1]]]--;
            if (x[order[p]] == x[order[p - 1]] || p < minSamplesLeaf || n - p < minSamplesLeaf) {
                continue;
            }
            double iLeft = expectedMisclassification(left);
            double iRight = expectedMisclassification(right);
            double weighted = p * iLeft + (n - p) * iRight;
            if (weighted < smallest) {
                smallest = weighted;
                double t = (x[order[p - 1]] + x[order[p]]) / 2;
                best = new Split(0, t, p, n - p, impurity, iLeft, iRight, impurity - weighted / n);
            }
        }
        return best;
    }

    private static int[] sortedIndices(double[] x) {
        return IntStream.range(0, x.length).boxed()
                .sorted((a, b) -> Double.compare(x[a], x[b])).mapToInt(Integer::intValue).toArray();
    }

    /** 1 − Σ (N_c/N)². */
    private static double gini(double[] counts) {
        double total = 0.0;
        for (double c : counts) {
            total += c;
        }
        double sumOfSquares = 0.0;
        for (double c : counts) {
            sumOfSquares += (c / total) * (c / total);
        }
        return 1.0 - sumOfSquares;
    }

    /** Σ p(1 − p), the same Gini impurity written another way. */
    private static double expectedMisclassification(double[] counts) {
        double total = 0.0;
        for (double c : counts) {
            total += c;
        }
        double g = 0.0;
        for (double c : counts) {
            g += c / total * (1.0 - c / total);
        }
        return g;
    }

    private static Split none(int n, double impurity) {
        return new Split(-1, Double.NaN, n, 0, impurity, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY);
    }
}
