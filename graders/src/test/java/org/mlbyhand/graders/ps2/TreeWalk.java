package org.mlbyhand.graders.ps2;

import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.Tree;

/**
 * A tree's prediction from scikit-learn's parallel arrays ({@code tree_}): core's {@link Tree#apply}
 * walk, which core runs on its own fitted trees only. The tree-prediction grader uses it as the reference
 * on random arrays, and checks the learner against core's fitted {@code RegressionTree} itself on
 * trees core grows.
 */
final class TreeWalk {
    private TreeWalk() {
    }

    /** From the root, left while x[feature[t]] ≤ threshold[t], until a leaf (childrenLeft[t] = −1); its value. */
    static double[] predict(int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold, double[] value,
                            Matrix X) {
        NodeInputs.tree("TreePredict.predict", childrenLeft, childrenRight, feature, threshold, value, X);
        double[] yHat = new double[X.rows()];
        for (int i = 0; i < yHat.length; i++) {
            int t = 0;
            while (childrenLeft[t] != Tree.TREE_LEAF) {
                t = X.get(i, feature[t]) <= threshold[t] ? childrenLeft[t] : childrenRight[t];
            }
            yHat[i] = value[t];
        }
        return yHat;
    }
}
