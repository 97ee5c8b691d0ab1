package org.mlbyhand.graders.ps2;

import java.util.List;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.grading.Alternative;

/**
 * Correct tree predictions written differently from core's loop (one row at a time, down to a leaf),
 * each of which the grader must accept.
 */
final class TreePredictAlternatives {
    private TreePredictAlternatives() {
    }

    static final List<Alternative<TreePredictGrader.Predict>> ALL = List.of(
            new Alternative<>("recursion: the value of a leaf, else the prediction of the chosen child",
                    TreePredictAlternatives::recursive),
            new Alternative<>("all rows in lock-step: one array of current nodes, advanced a level at a time",
                    TreePredictAlternatives::lockStep));

    private static double[] recursive(int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold,
                                      double[] value, Matrix X) {
        NodeInputs.tree("predict", childrenLeft, childrenRight, feature, threshold, value, X);
        double[] yHat = new double[X.rows()];
        for (int i = 0; i < yHat.length; i++) {
            yHat[i] = from(0, X.row(i), childrenLeft, childrenRight, feature, threshold, value);
        }
        return yHat;
    }

    private static double from(int t, double[] x, int[] childrenLeft, int[] childrenRight, int[] feature,
                               double[] threshold, double[] value) {
        if (childrenLeft[t] == -1) {
            return value[t];
        }
        int next = x[feature[t]] <= threshold[t] ? childrenLeft[t] : childrenRight[t];
        return from(next, x, childrenLeft, childrenRight, feature, threshold, value);
    }

    private static double[] lockStep(int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold,
                                     double[] value, Matrix X) {
        NodeInputs.tree("predict", childrenLeft, childrenRight, feature, threshold, value, X);
        int m = X.rows();
        int[] node = new int[m];
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int i = 0; i < m; i++) {
                int t = node[i];
                if (childrenRight[t] != -1) {
                    node[i] = X.get(i, feature[t]) > threshold[t] ? childrenRight[t] : childrenLeft[t];
                    moved = true;
                }
            }
        }
        double[] yHat = new double[m];
        for (int i = 0; i < m; i++) {
            yHat[i] = value[node[i]];
        }
        return yHat;
    }
}
