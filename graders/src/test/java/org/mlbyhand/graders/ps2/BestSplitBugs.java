package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.ClassificationCriterion;
import org.mlbyhand.core.tree.Split;
import org.mlbyhand.core.tree.Splitter;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the best split over all features, each a complete implementation (core's
 * one-feature {@link Splitter#bestSplitNaive} per column, as the exercise allows) the grader must reject:
 * <ul>
 *   <li>X = [[1, 5], [2, 8], [3, 6], [4, 7]], y = [0, 1, 0, 1] (column 1 at 6.5): the column's split kept
 *       with feature 0 says (0, 6.5); skipping the last column gives column 0's (0, 1.5);</li>
 *   <li>X = [[1, 1, 3], [2, 2, 1], [3, 3, 2]], y = [0, 0, 1] (columns 0 and 1 equal and best, column 2
 *       worse): {@code >=} takes column 1, the last column with a split column 2;</li>
 *   <li>a pure node of 5 rows: the best started at 0 finds no split (on 2 rows, a minSamplesLeaf
 *       tested with {@code >} would find none too, and be shown this hint).</li>
 * </ul>
 */
final class BestSplitBugs {
    private BestSplitBugs() {
    }

    private enum Mistake { FEATURE_NOT_SET, LAST_COLUMN_SKIPPED, TIES_TO_LAST, LAST_WITH_A_SPLIT, BEST_FROM_ZERO }

    static final List<Bug<BestSplitGrader.Search>> ALL = List.of(
            new Bug<>("the column's split returned with feature 0",
                    "a one-feature split says feature 0, the only column it saw; the node's split must say which"
                            + " column of X it cuts: new Split(j, s.threshold(), ...) with the column index j.",
                    (X, y, k, m) -> split(X, y, k, m, Mistake.FEATURE_NOT_SET)),
            new Bug<>("last column skipped",
                    "your loop over the columns stops one early: j runs from 0 to p − 1 included (j < X.cols()).",
                    (X, y, k, m) -> split(X, y, k, m, Mistake.LAST_COLUMN_SKIPPED)),
            new Bug<>(">= across features",
                    "when two columns split equally well, the lower column wins: replace the best only if a"
                            + " column's improvement is strictly larger (>, not >=).",
                    (X, y, k, m) -> split(X, y, k, m, Mistake.TIES_TO_LAST)),
            new Bug<>("the last column with a split, not the best",
                    "every column with an allowed split replaces the one before: compare each column's improvement"
                            + " with the best so far, and keep the larger.",
                    (X, y, k, m) -> split(X, y, k, m, Mistake.LAST_WITH_A_SPLIT)),
            new Bug<>("best improvement starting at 0",
                    "a split may improve the impurity by exactly 0 (a pure node: every child is pure too), and"
                            + " it is still the best split there is. Start the best at −∞, or at column 0's split.",
                    (X, y, k, m) -> split(X, y, k, m, Mistake.BEST_FROM_ZERO)));

    private static Split split(Matrix X, int[] y, int k, int minSamplesLeaf, Mistake mistake) {
        NodeInputs.features("bestSplit", X, y, k, minSamplesLeaf);
        int p = mistake == Mistake.LAST_COLUMN_SKIPPED ? X.cols() - 1 : X.cols();
        Split best = null;
        double bestImprovement = mistake == Mistake.BEST_FROM_ZERO ? 0.0 : Double.NEGATIVE_INFINITY;
        for (int j = 0; j < p; j++) {
            Split s = Splitter.bestSplitNaive(X.column(j), y, k, ClassificationCriterion.GINI, minSamplesLeaf);
            boolean better = mistake == Mistake.LAST_WITH_A_SPLIT ? s.found()
                    : mistake == Mistake.TIES_TO_LAST ? s.found() && s.improvement() >= bestImprovement
                    : s.found() && s.improvement() > bestImprovement;
            if (better) {
                int feature = mistake == Mistake.FEATURE_NOT_SET ? 0 : j;
                best = new Split(feature, s.threshold(), s.nLeft(), s.nRight(), s.impurity(), s.impurityLeft(),
                        s.impurityRight(), s.improvement());
                bestImprovement = s.improvement();
            }
        }
        return best != null ? best : none(X.rows(), Splitter.bestSplitNaive(X.column(0), y, k,
                ClassificationCriterion.GINI, minSamplesLeaf).impurity());
    }

    private static Split none(int n, double impurity) {
        return new Split(-1, Double.NaN, n, 0, impurity, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY);
    }
}
