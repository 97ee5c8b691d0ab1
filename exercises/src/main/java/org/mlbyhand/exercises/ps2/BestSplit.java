package org.mlbyhand.exercises.ps2;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.tree.Split;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · best-split — the best split of a classification node over all its features: the question a
 * decision tree asks at every node.
 *
 * <p>For each column j of X, find the best Gini split x[j] ≤ t of that feature alone (the feature-split
 * exercise); the node's best split is the best of those:
 * <pre>{@code
 *   best = argmax over j = 0 … p−1 and the allowed t of column j of
 *            improvement = i(node) − n_R/n · i(right) − n_L/n · i(left)
 *   ties: the lowest feature j, then the lowest t         (scan j upwards, replace only if strictly better)
 * }</pre>
 * The result names its column: {@code Split(j, t, nLeft, nRight, i, iLeft, iRight, improvement)}. If no
 * column has an allowed split (every column constant, or minSamplesLeaf too large), return the "no
 * split" record {@code new Split(-1, Double.NaN, n, 0, i, Double.POSITIVE_INFINITY,
 * Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)}, i the node's Gini impurity. A pure node still
 * has a split, column 0's first (every split improves it by 0). Example: X = [[1, 5], [2, 8], [3, 6],
 * [4, 7]], y = [0, 1, 0, 1]: column 0 alternates the classes, column 1 sorts them 0, 0 | 1, 1 at
 * t = 6.5, so the answer is {@code Split(1, 6.5, 2, 2, 0.5, 0, 0, 0.5)}.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if X has no row or no column or holds a NaN or
 * infinity, a label is outside [0, k), or minSamplesLeaf &lt; 1; {@link ShapeMismatchException} if
 * y's length is not n.
 *
 * <p>You need: {@code X.column(j)} and, for the split of one column, core's
 * {@code Splitter.bestSplitNaive(x, y, k, ClassificationCriterion.GINI, minSamplesLeaf)} (its answer
 * says feature 0: it saw one column) or your own sweep. Not {@code Splitter.bestSplit}, which searches
 * every feature itself, nor {@code DecisionTreeClassifier}.
 *
 * <p>Classic traps: returning a column's split with feature 0 instead of j; {@code >=} across features
 * (the last of two equally good columns wins); a loop bound that skips the last column; the best
 * improvement starting at 0 (a pure node finds no split); keeping the last column that has a split
 * instead of the best.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=best-split}
 */
public final class BestSplit {
    private BestSplit() {
    }

    /**
     * Returns the allowed split X[:, j] ≤ t of largest Gini improvement over every column j (the lowest j,
     * then the lowest t, on a tie), or "no split".
     *
     * @param X              the node's rows, n×p with n, p ≥ 1, finite (not modified)
     * @param y              the rows' labels, length n, each in [0, k) (not modified)
     * @param k              the number of classes, ≥ 1
     * @param minSamplesLeaf the fewest rows each child may have, ≥ 1
     * @return {@code Split(j, t, nLeft, nRight, i, iLeft, iRight, improvement)}, or the "no split" record
     * @throws IllegalArgumentException if X is empty or not finite, a label is outside [0, k), or minSamplesLeaf &lt; 1
     * @throws ShapeMismatchException if {@code y.length != X.rows()}
     */
    public static Split bestSplit(Matrix X, int[] y, int k, int minSamplesLeaf) {
        // TODO: check the input, split each column, keep the strictly best with its column index.
        throw new NotImplementedYet("ps2 best-split");
    }
}
