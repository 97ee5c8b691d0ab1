package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a tree's prediction from its arrays, each a complete implementation the grader
 * must reject. The first case, the stump x[0] ≤ 0.5 with leaves 10 and 30 on the rows 0.2, 0.5, 0.9
 * (expected 10, 10, 30), tells them apart: {@code <} gives 10, 30, 30; left and right swapped 30, 30,
 * 10; a walk that does not restart at the root 10, 10, 10; the leaf's id 1, 1, 2; the value of the
 * leaf's parent 20, 20, 20. (Testing for a leaf with feature[t] = −1 is a classic too, but it throws an
 * IndexOutOfBoundsException on every row, like many other mistakes: as a bug here it would show its
 * hint to all of them, so the engine's general hint for that exception is left to speak.)
 */
final class TreePredictBugs {
    private TreePredictBugs() {
    }

    private enum Mistake { STRICT, SWAPPED, NOT_RESET, LEAF_ID, PARENT_VALUE }

    static final List<Bug<TreePredictGrader.Predict>> ALL = List.of(
            new Bug<>("< instead of ≤",
                    "a row exactly on the threshold goes left: the question is x[feature] ≤ threshold (scikit-learn's"
                            + " rule, and the reason thresholds sit halfway between training values).",
                    (l, r, f, t, v, X) -> predict(l, r, f, t, v, X, Mistake.STRICT)),
            new Bug<>("left and right swapped",
                    "\"yes\" to x[feature] ≤ threshold goes to childrenLeft, \"no\" to childrenRight.",
                    (l, r, f, t, v, X) -> predict(l, r, f, t, v, X, Mistake.SWAPPED)),
            new Bug<>("node index not reset for each row",
                    "every row's walk starts at the root, node 0: declare the node index inside the loop over the"
                            + " rows, or each row after the first starts where the previous one ended.",
                    (l, r, f, t, v, X) -> predict(l, r, f, t, v, X, Mistake.NOT_RESET)),
            new Bug<>("leaf id instead of its value",
                    "the walk ends at a leaf t; the prediction is value[t], not t (that is scikit-learn's apply).",
                    (l, r, f, t, v, X) -> predict(l, r, f, t, v, X, Mistake.LEAF_ID)),
            new Bug<>("the value of the leaf's parent",
                    "the walk stops when t itself is a leaf (childrenLeft[t] = −1), and the prediction is that"
                            + " leaf's value: you return the value of the node above it, which averages more rows.",
                    (l, r, f, t, v, X) -> predict(l, r, f, t, v, X, Mistake.PARENT_VALUE)));

    private static double[] predict(int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold,
                                    double[] value, Matrix X, Mistake mistake) {
        NodeInputs.tree("predict", childrenLeft, childrenRight, feature, threshold, value, X);
        double[] yHat = new double[X.rows()];
        int t = 0;
        for (int i = 0; i < X.rows(); i++) {
            if (mistake != Mistake.NOT_RESET) {
                t = 0;
            }
            while (childrenLeft[t] != -1) {
                double x = X.get(i, feature[t]);
                boolean left = mistake == Mistake.STRICT ? x < threshold[t] : x <= threshold[t];
                int next = left != (mistake == Mistake.SWAPPED) ? childrenLeft[t] : childrenRight[t];
                if (mistake == Mistake.PARENT_VALUE && childrenLeft[next] == -1) {
                    break;
                }
                t = next;
            }
            yHat[i] = mistake == Mistake.LEAF_ID ? t : value[t];
        }
        return yHat;
    }
}
