package org.mlbyhand.graders.ps2;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.mlbyhand.core.tree.Impurity;
import org.mlbyhand.core.tree.Split;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in the best split of one feature, each a complete sorted sweep the grader must
 * reject. Each fails first at its own hand-picked check, and where two fail at the same one their
 * answers differ:
 * <ul>
 *   <li>x = [3, 1, 1.5, 2, 0.5], y = [1, 0, 0, 1, 0] (t = 1.75): the threshold at the data value gives
 *       t = 1.5, or 2 at the next value; x sorted without y sweeps the labels 1, 0, 0, 1, 0 and takes t = 0.75; moving row p
 *       instead of p − 1 into the left child scores every cut one row late and takes t = 1.25;</li>
 *   <li>x = [1, 2, 3, 4], y = [0, 1, 0, 0] (t = 2.5, improvement 1/8): children averaged, added, or with
 *       swapped weights all take t = 1.5, with improvements 0.153, −0.069 and 0.264;</li>
 *   <li>x = [1, 1, 2], y = [0, 1, 1] (t = 1.5): a cut inside the group of 1s gives t = 1, nLeft = 1;</li>
 *   <li>x = [1, …, 6], y = [0, 1, 0, 1, 0, 1], minSamplesLeaf = 2 (t = 3.5): the leaf size checked on
 *       the node takes t = 1.5, on the left child only t = 5.5;</li>
 *   <li>x = [1, 2, 3, 4], y = [0, 1, 1, 0]: t = 1.5 and 3.5 tie (a pure child each), and {@code >=}
 *       takes 3.5;</li>
 *   <li>a pure node of 5 rows (t = 1.5, improvement 0): the best started at 0 finds no split. (Not on
 *       3 rows: there a minSamplesLeaf tested with {@code >} instead of {@code >=} finds none too, and
 *       would be shown this hint.)</li>
 * </ul>
 */
final class FeatureSplitBugs {
    private FeatureSplitBugs() {
    }

    enum Mistake {
        NONE, DATA_VALUE, DATA_VALUE_ABOVE, X_SORTED_ALONE, ONE_ROW_AHEAD, AVERAGED, ADDED, SWAPPED_WEIGHTS,
        INSIDE_GROUPS, LEAF_ON_NODE, LEAF_ON_LEFT, BEST_FROM_ZERO, TIES_TO_LAST
    }

    static final List<Bug<FeatureSplitGrader.Search>> ALL = List.of(
            new Bug<>("threshold at a data value",
                    "the threshold goes halfway between the two neighbouring distinct values it separates,"
                            + " x₍ₚ₋₁₎/2 + x₍ₚ₎/2, not at x₍ₚ₋₁₎: a new row falling between them should not be"
                            + " decided by which side happened to have the last training value.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.DATA_VALUE)),
            new Bug<>("threshold at the next data value",
                    "the threshold goes halfway between the two neighbouring distinct values it separates,"
                            + " x₍ₚ₋₁₎/2 + x₍ₚ₎/2. At x₍ₚ₎ itself, x ≤ t would send that row to the left child,"
                            + " which is not the split you scored.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.DATA_VALUE_ABOVE)),
            new Bug<>("x sorted without y",
                    "sorting a copy of x leaves y in the original order, so the labels you sweep no longer belong"
                            + " to the values beside them. Sort the row indices by x and read x[i] and y[i] through"
                            + " them.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.X_SORTED_ALONE)),
            new Bug<>("the sweep moves the wrong row",
                    "when you score the cut between sorted rows p − 1 and p, the left child must hold rows 0 … p − 1:"
                            + " move row p − 1 into it (and out of the right) before scoring, not row p.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.ONE_ROW_AHEAD)),
            new Bug<>("children's impurities averaged",
                    "each child's impurity counts in proportion to its rows: i − n_R/n·i_R − n_L/n·i_L. A plain"
                            + " average (i_L + i_R)/2 lets a tiny pure child outweigh a large mixed one.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.AVERAGED)),
            new Bug<>("children's impurities added",
                    "each child's impurity counts in proportion to its rows: i − n_R/n·i_R − n_L/n·i_L, not"
                            + " i − i_L − i_R. Unweighted, a tiny pure child counts as much as a large mixed one.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.ADDED)),
            new Bug<>("child weights swapped",
                    "the left child's impurity is weighted by its own share of the rows, n_L/n, and the right's"
                            + " by n_R/n: check which count multiplies which impurity.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.SWAPPED_WEIGHTS)),
            new Bug<>("a cut between equal values",
                    "a threshold can only fall between two distinct values: rows with the same x must go to the"
                            + " same side. Skip the positions where the next sorted value equals the current one.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.INSIDE_GROUPS)),
            new Bug<>("minSamplesLeaf checked on the node",
                    "minSamplesLeaf limits the children, not the node: a candidate is allowed only if n_L ≥"
                            + " minSamplesLeaf and n_R ≥ minSamplesLeaf.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.LEAF_ON_NODE)),
            new Bug<>("minSamplesLeaf checked on the left child only",
                    "both children need minSamplesLeaf rows: you check n_L ≥ minSamplesLeaf, but the right child"
                            + " has n − n_L rows, and that must be ≥ minSamplesLeaf too.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.LEAF_ON_LEFT)),
            new Bug<>("best improvement starting at 0",
                    "an allowed split may improve the impurity by exactly 0 (children as mixed as the node), and"
                            + " it is still the best split there is. Start the best at −∞ (or take the first"
                            + " candidate), not at 0.",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.BEST_FROM_ZERO)),
            new Bug<>(">= keeps the last of tied splits",
                    "on a tie the lowest threshold wins: scanning upwards, replace the best only when a candidate"
                            + " is strictly better (>, not >=).",
                    (x, y, k, m) -> split(x, y, k, m, Mistake.TIES_TO_LAST)));

    /** The sorted sweep with running counts, correct for {@link Mistake#NONE}. */
    static Split split(double[] x, int[] y, int k, int minSamplesLeaf, Mistake mistake) {
        NodeInputs.feature("bestSplit", x, y, k, minSamplesLeaf);
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double[] xs = new double[n];
        int[] ys = new int[n];
        for (int r = 0; r < n; r++) {
            xs[r] = x[order[r]];
            ys[r] = mistake == Mistake.X_SORTED_ALONE ? y[r] : y[order[r]];
        }
        double[] left = new double[k];
        double[] right = NodeInputs.counts(y, k);
        double impurity = Impurity.gini(right);
        Split best = new Split(-1, Double.NaN, n, 0, impurity, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY);
        double bestImprovement = mistake == Mistake.BEST_FROM_ZERO ? 0.0 : Double.NEGATIVE_INFINITY;
        for (int p = 1; p < n; p++) {
            int moved = mistake == Mistake.ONE_ROW_AHEAD ? ys[p] : ys[p - 1];
            left[moved]++;
            right[moved]--;
            if (xs[p] == xs[p - 1] && mistake != Mistake.INSIDE_GROUPS) {
                continue;
            }
            int nLeft = p;
            int nRight = n - p;
            boolean allowed = mistake == Mistake.LEAF_ON_NODE ? n >= minSamplesLeaf
                    : mistake == Mistake.LEAF_ON_LEFT ? nLeft >= minSamplesLeaf
                    : nLeft >= minSamplesLeaf && nRight >= minSamplesLeaf;
            if (!allowed) {
                continue;
            }
            double iLeft = Impurity.gini(left);
            double iRight = Impurity.gini(right);
            double wLeft = (double) nLeft / n;
            double wRight = (double) nRight / n;
            double improvement = mistake == Mistake.AVERAGED ? impurity - (iLeft + iRight) / 2
                    : mistake == Mistake.ADDED ? impurity - iLeft - iRight
                    : mistake == Mistake.SWAPPED_WEIGHTS ? impurity - wLeft * iRight - wRight * iLeft
                    : impurity - wRight * iRight - wLeft * iLeft;
            boolean better = mistake == Mistake.TIES_TO_LAST ? improvement >= bestImprovement
                    : improvement > bestImprovement;
            if (better) {
                double t = mistake == Mistake.DATA_VALUE ? xs[p - 1]
                        : mistake == Mistake.DATA_VALUE_ABOVE ? xs[p] : SplitCandidates.midpoint(xs[p - 1], xs[p]);
                best = new Split(0, t, nLeft, nRight, impurity, iLeft, iRight, improvement);
                bestImprovement = improvement;
            }
        }
        return best;
    }
}
