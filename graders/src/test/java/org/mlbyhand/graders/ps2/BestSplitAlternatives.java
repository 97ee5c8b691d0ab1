package org.mlbyhand.graders.ps2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.ClassificationCriterion;
import org.mlbyhand.core.tree.Impurity;
import org.mlbyhand.core.tree.Split;
import org.mlbyhand.core.tree.Splitter;
import org.mlbyhand.grading.Alternative;

/**
 * Correct best splits over all features written differently from core's (one sorted sweep per column
 * scored by the proxy, columns in order), each of which the grader must accept.
 */
final class BestSplitAlternatives {
    private BestSplitAlternatives() {
    }

    static final List<Alternative<BestSplitGrader.Search>> ALL = List.of(
            new Alternative<>("core's naive one-feature split per column, the first strictly larger improvement",
                    BestSplitAlternatives::naivePerColumn),
            new Alternative<>("a sorted sweep per column, columns from the last to the first with >= (lowest wins)",
                    BestSplitAlternatives::backwards),
            new Alternative<>("every (column, threshold) pooled, then a stable sort by decreasing improvement",
                    BestSplitAlternatives::pooled));

    private static Split naivePerColumn(Matrix X, int[] y, int k, int minSamplesLeaf) {
        NodeInputs.features("bestSplit", X, y, k, minSamplesLeaf);
        Split best = none(X.rows(), Impurity.gini(NodeInputs.counts(y, k)));
        for (int j = 0; j < X.cols(); j++) {
            Split s = Splitter.bestSplitNaive(X.column(j), y, k, ClassificationCriterion.GINI, minSamplesLeaf);
            if (s.improvement() > best.improvement()) {
                best = new Split(j, s.threshold(), s.nLeft(), s.nRight(), s.impurity(), s.impurityLeft(),
                        s.impurityRight(), s.improvement());
            }
        }
        return best;
    }

    private static Split backwards(Matrix X, int[] y, int k, int minSamplesLeaf) {
        NodeInputs.features("bestSplit", X, y, k, minSamplesLeaf);
        Split best = none(X.rows(), Impurity.gini(NodeInputs.counts(y, k)));
        for (int j = X.cols() - 1; j >= 0; j--) {
            Split s = FeatureSplitBugs.split(X.column(j), y, k, minSamplesLeaf, FeatureSplitBugs.Mistake.NONE);
            if (s.found() && s.improvement() >= best.improvement()) {
                best = new Split(j, s.threshold(), s.nLeft(), s.nRight(), s.impurity(), s.impurityLeft(),
                        s.impurityRight(), s.improvement());
            }
        }
        return best;
    }

    private static Split pooled(Matrix X, int[] y, int k, int minSamplesLeaf) {
        NodeInputs.features("bestSplit", X, y, k, minSamplesLeaf);
        int n = X.rows();
        double impurity = Impurity.gini(NodeInputs.counts(y, k));
        List<Split> all = new ArrayList<>();
        for (int j = 0; j < X.cols(); j++) {
            double[] x = X.column(j);
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            for (int q = 1; q < n; q++) {
                if (sorted[q] == sorted[q - 1]) {
                    continue;
                }
                double t = (sorted[q - 1] + sorted[q]) / 2;
                double[] left = new double[k];
                double[] right = new double[k];
                for (int i = 0; i < n; i++) {
                    (x[i] <= t ? left : right)[y[i]]++;
                }
                int nLeft = (int) Arrays.stream(left).sum();
                if (nLeft < minSamplesLeaf || n - nLeft < minSamplesLeaf) {
                    continue;
                }
                double iLeft = Impurity.gini(left);
                double iRight = Impurity.gini(right);
                all.add(new Split(j, t, nLeft, n - nLeft, impurity, iLeft, iRight,
                        impurity - ((double) nLeft / n) * iLeft - ((double) (n - nLeft) / n) * iRight));
            }
        }
        all.sort(Comparator.comparingDouble(Split::improvement).reversed());
        return all.isEmpty() ? none(n, impurity) : all.get(0);
    }

    private static Split none(int n, double impurity) {
        return new Split(-1, Double.NaN, n, 0, impurity, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY);
    }
}
