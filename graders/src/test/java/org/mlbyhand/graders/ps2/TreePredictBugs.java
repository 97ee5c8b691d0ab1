package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in a tree's prediction from its arrays, each a complete implementation the grader
 * must reject. The first case, the stump x[0] ≤ 0.5 with leaves 10 and 30 on the rows 0.2, 0.5, 0.9
 * (expected 10, 10, 30), tells them apart: {@code <} gives 10, 30, 30; left and right swapped 30, 30,
 * 10; a walk that does not restart at the root 10, 10, 10; the leaf's id 1, 1, 2. Testing for a leaf
 * with feature[t] = −1 walks past every leaf (whose feature is −2) and throws on every row: last.
 */
final class TreePredictBugs {
    private TreePredictBugs() {
    }

    private enum Mistake { STRICT, SWAPPED, NOT_RESET, LEAF_ID, FEATURE_AS_LEAF_TEST }

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
            new Bug<>("feature = −1 taken as the leaf mark",
                    "a leaf is marked by its children, childrenLeft[t] = −1 (TREE_LEAF); its feature is −2"
                            + " (TREE_UNDEFINED), so your walk goes on past the leaf and reads column −2.",
                    (l, r, f, t, v, X) -> predict(l, r, f, t, v, X, Mistake.FEATURE_AS_LEAF_TEST)));

    private static double[] predict(int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold,
                                    double[] value, Matrix X, Mistake mistake) {
        NodeInputs.tree("predict", childrenLeft, childrenRight, feature, threshold, value, X);
        double[] yHat = new double[X.rows()];
        int t = 0;
        for (int i = 0; i < X.rows(); i++) {
            if (mistake != Mistake.NOT_RESET) {
                t = 0;
            }
            while (mistake == Mistake.FEATURE_AS_LEAF_TEST ? feature[t] != -1 : childrenLeft[t] != -1) {
                double x = X.get(i, feature[t]);
                boolean left = mistake == Mistake.STRICT ? x < threshold[t] : x <= threshold[t];
                t = left != (mistake == Mistake.SWAPPED) ? childrenLeft[t] : childrenRight[t];
            }
            yHat[i] = mistake == Mistake.LEAF_ID ? t : value[t];
        }
        return yHat;
    }
}
