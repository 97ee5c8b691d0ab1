package org.mlbyhand.exercises.ps2;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.tree.Split;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · feature-split — the best threshold of one feature for a classification node, found by sorting
 * once and sweeping with running class counts.
 *
 * <p>A split x ≤ t sends those rows to the left child and the others to the right. With i(·) the Gini
 * impurity of a set of rows (1 − Σ_c p_c², the gini exercise), the best split is the one that lowers
 * the impurity most, each child weighted by its share of the rows:
 * <pre>{@code
 *   improvement(t) = i(node) − n_R/n · i(right) − n_L/n · i(left)
 *
 *   candidates   t = x₍ₚ₋₁₎/2 + x₍ₚ₎/2 for the sorted values x₍₀₎ ≤ … ≤ x₍ₙ₋₁₎ wherever x₍ₚ₋₁₎ < x₍ₚ₎:
 *                halfway between two neighbouring distinct values, so equal values stay on one side
 *   allowed      n_L ≥ minSamplesLeaf and n_R ≥ minSamplesLeaf            (both children)
 *   best         the allowed candidate of largest improvement; on a tie the lowest t
 * }</pre>
 * The sweep: sort the row indices by x, O(n log n). Keep class counts of the left child (all 0) and of
 * the right child (the node's counts). Move the sorted rows to the left one at a time, updating both;
 * after the last row of a group of equal values, the position between it and the next row is a
 * candidate, scored from the two count arrays in O(k). Scanning t upwards, replace the best only if a
 * candidate is strictly better, which keeps the lowest t on a tie. O(n log n + n·k) in all; trying
 * every t with a pass over the rows (O(n²)) gives the same answer more slowly.
 *
 * <p>Return {@code new Split(0, t, nLeft, nRight, i, iLeft, iRight, improvement)}: feature 0, the only
 * one here, then the node's and the children's Gini impurities. When no candidate is allowed (one row,
 * a constant feature, or no position leaving minSamplesLeaf rows on both sides), return scikit-learn's
 * "no split": {@code new Split(-1, Double.NaN, n, 0, i, Double.POSITIVE_INFINITY,
 * Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)}. A pure node still has a best split, the
 * first: every candidate improves it by 0 (the tree, not the splitter, stops at pure nodes).
 * Example: x = [3, 1, 1.5, 2, 0.5], y = [1, 0, 0, 1, 0] sorts to 0.5, 1, 1.5, 2, 3 with labels 0, 0,
 * 0, 1, 1; the candidates are 0.75, 1.25, 1.75 and 2.5, and t = 1.75 leaves two pure children:
 * {@code Split(0, 1.75, 3, 2, 0.48, 0, 0, 0.48)} (i = 1 − (3/5)² − (2/5)² = 0.48). scikit-learn also
 * treats values less than 1e-7 apart as equal; the graded inputs never have two such values.
 *
 * <p>Errors: throw {@link IllegalArgumentException} if x is empty or holds a NaN or infinity, a label
 * is outside [0, k), or minSamplesLeaf &lt; 1; {@link ShapeMismatchException} if y's length is not n.
 *
 * <p>You need: {@code Integer[]} indices sorted with {@code Arrays.sort(order,
 * Comparator.comparingDouble(i -> x[i]))}, two {@code double[k]} count arrays, and core's
 * {@code Impurity.gini(double[] counts)} for the impurity of counts (or your own). Not {@code Splitter}
 * (its {@code bestSplit} and {@code bestSplitNaive} are the answer) nor {@code DecisionTreeClassifier}.
 *
 * <p>Classic traps: a threshold at a data value x₍ₚ₋₁₎ instead of the midpoint; children's impurities
 * averaged or added instead of weighted by n_L/n and n_R/n (or with the weights swapped); minSamplesLeaf
 * checked on the node, or on the left child only, instead of on both children; a candidate between two
 * equal values; sorting x without carrying y along; moving row p instead of p − 1 before scoring the
 * cut between them; {@code >=} instead of {@code >} (the last tied t wins); the best improvement
 * starting at 0 instead of −∞ (a pure node then finds no split).
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=feature-split}
 */
public final class FeatureSplit {
    private FeatureSplit() {
    }

    /**
     * Returns the allowed split x ≤ t of largest Gini improvement (the lowest t on a tie), or "no split".
     *
     * @param x              the feature's values at the node's rows, length n ≥ 1, finite (not modified)
     * @param y              the rows' labels, length n, each in [0, k) (not modified)
     * @param k              the number of classes, ≥ 1
     * @param minSamplesLeaf the fewest rows each child may have, ≥ 1
     * @return {@code Split(0, t, nLeft, nRight, i, iLeft, iRight, improvement)}, or the "no split" record
     * @throws IllegalArgumentException if x is empty or not finite, a label is outside [0, k), or minSamplesLeaf &lt; 1
     * @throws ShapeMismatchException if {@code y.length != x.length}
     */
    public static Split bestSplit(double[] x, int[] y, int k, int minSamplesLeaf) {
        // TODO: check the input, sort the rows by x, sweep them into the left child with running counts.
        throw new NotImplementedYet("ps2 feature-split");
    }
}
