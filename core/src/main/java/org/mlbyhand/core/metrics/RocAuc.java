package org.mlbyhand.core.metrics;

import org.mlbyhand.core.linalg.Arguments;

/**
 * The area under the ROC curve (scikit-learn's {@code roc_auc_score} for binary labels). Sort the rows
 * by score, highest first; each distinct score s is a threshold ("positive if score ≥ s") giving a
 * point (FPR, TPR) = (FP/N, TP/P). The curve joins these points from (0, 0) to (1, 1) with straight
 * segments, and
 * <pre>{@code
 *   AUC = Σ over distinct thresholds of  (FPRₜ − FPRₜ₋₁)·(TPRₜ + TPRₜ₋₁)/2          (trapezoids)
 *       = P(score of a random positive > score of a random negative) + ½·P(tie)
 * }</pre>
 * A group of tied scores enters as a single step, so ties count one half, exactly as scikit-learn's
 * trapezoidal rule over {@code roc_curve} does. Only the order of the scores matters. Accuracy: the
 * sums are of integers (exact), then one division.
 */
public final class RocAuc {
    private RocAuc() {
    }

    /**
     * Returns the ROC AUC of the scores for labels in {0, 1}, 1 being the positive class.
     *
     * @param yTrue length n, each 0 or 1, both present (not modified)
     * @param score length n, finite; higher means "more likely positive" (not modified)
     * @return the area, in [0, 1]
     * @throws org.mlbyhand.core.linalg.ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0, a label is not 0 or 1, only one class is present, or a
     *         score is NaN or infinite
     */
    public static double rocAucScore(int[] yTrue, double[] score) {
        String who = "rocAucScore";
        Checks.sameLength(who, "yTrue", yTrue.length, "score", score.length);
        Checks.binary(who, "yTrue", yTrue);
        Arguments.requireFinite(who, "score", score);
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));   // highest first
        long tp = 0;
        long fp = 0;
        long twiceArea = 0;     // Σ ΔFP·(TP_prev + TP), in units of 1/(P·N)/2: exact in integers
        int i = 0;
        while (i < order.length) {
            long tpBefore = tp;
            long fpBefore = fp;
            double s = score[order[i]];
            for (; i < order.length && score[order[i]] == s; i++) {
                if (yTrue[order[i]] == 1) {
                    tp++;
                } else {
                    fp++;
                }
            }
            twiceArea += (fp - fpBefore) * (tp + tpBefore);
        }
        if (tp == 0 || fp == 0) {
            throw new IllegalArgumentException(who + ": yTrue has only class " + (tp == 0 ? 0 : 1)
                    + "; ROC AUC needs both positive (1) and negative (0) rows");
        }
        return twiceArea / (2.0 * tp * fp);
    }
}
