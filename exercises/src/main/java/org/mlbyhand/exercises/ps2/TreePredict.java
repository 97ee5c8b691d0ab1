package org.mlbyhand.exercises.ps2;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS2 · tree-predict — predict with a fitted regression tree stored as scikit-learn stores it: parallel
 * arrays indexed by node id.
 *
 * <p>Node 0 is the root; the ids are in depth-first order, left child first. For each node t:
 * <pre>{@code
 *   childrenLeft[t], childrenRight[t]   its children's ids, or −1 (TREE_LEAF) at a leaf
 *   feature[t], threshold[t]            its question "x[feature[t]] ≤ threshold[t]?" (yes: go left);
 *                                       −2 (TREE_UNDEFINED) at a leaf, where there is no question
 *   value[t]                            its prediction (the mean target of its training rows)
 *
 *   predict(x):  t = 0;  while childrenLeft[t] ≠ −1:  t = x[feature[t]] ≤ threshold[t] ? childrenLeft[t] : childrenRight[t]
 *                return value[t]
 * }</pre>
 * Example: childrenLeft = [1, −1, −1], childrenRight = [2, −1, −1], feature = [0, −2, −2], threshold =
 * [0.5, −2, −2], value = [20, 10, 30] is one question, x[0] ≤ 0.5, with leaves 1 (value 10) and 2
 * (value 30): the rows [0.2], [0.5], [0.9] are predicted 10, 10 (0.5 ≤ 0.5 goes left) and 30. These are
 * the arrays of {@code tree().childrenLeft()}, {@code feature()}, ... of core's fitted
 * {@code RegressionTree}, and of scikit-learn's {@code tree_}; a tree of one node is a single leaf.
 *
 * <p>Errors: throw {@link ShapeMismatchException} if the five arrays do not all have the same length,
 * {@link IllegalArgumentException} if they are empty or X holds a NaN or infinity.
 *
 * <p>You need: two loops (rows, then the walk down) and {@code X.get(i, j)}. Not core's {@code Tree},
 * {@code RegressionTree} or {@code ClassificationTree}: their {@code apply} and {@code predict} walk the
 * tree for you.
 *
 * <p>Classic traps: {@code <} instead of {@code ≤} (a row exactly on the threshold goes left); left and
 * right swapped; starting a row's walk where the previous row's ended (the node index must restart at 0
 * for every row); testing for a leaf with {@code feature[t] == -1} (a leaf's feature is −2; its
 * children are −1); returning the leaf's id instead of its value, or stopping one node early, at the
 * leaf's parent.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=tree-predict}
 */
public final class TreePredict {
    private TreePredict() {
    }

    /**
     * Returns the value of the leaf each row of X reaches.
     *
     * @param childrenLeft  left child of each node, −1 at a leaf (not modified)
     * @param childrenRight right child of each node, −1 at a leaf (not modified)
     * @param feature       the column each node asks about, −2 at a leaf (not modified)
     * @param threshold     the threshold each node compares with, −2 at a leaf (not modified)
     * @param value         each node's prediction (not modified)
     * @param X             the rows to predict, m×p with p larger than every feature index, finite (not modified)
     * @return a new vector of length m
     * @throws ShapeMismatchException if the node arrays differ in length
     * @throws IllegalArgumentException if the tree has no node or X is not finite
     */
    public static double[] predict(int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold,
                                   double[] value, Matrix X) {
        // TODO: check the arrays and X; for each row, walk from node 0 down to a leaf.
        throw new NotImplementedYet("ps2 tree-predict");
    }
}
