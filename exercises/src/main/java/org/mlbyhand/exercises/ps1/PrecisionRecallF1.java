package org.mlbyhand.exercises.ps1;

import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.metrics.BinaryScores;
import org.mlbyhand.exercises.NotImplementedYet;

/**
 * PS1 · prf — precision, recall and F1 of binary predictions, with 1 the positive class.
 *
 * <p>Count the rows by (true label, predicted label), then
 * <pre>{@code
 *   TP = #{i : yTrueᵢ = 1, yPredᵢ = 1}    FP = #{i : yTrueᵢ = 0, yPredᵢ = 1}    FN = #{i : yTrueᵢ = 1, yPredᵢ = 0}
 *
 *   precision = TP / (TP + FP)        of the rows predicted positive, the share that are positive
 *   recall    = TP / (TP + FN)        of the rows that are positive, the share predicted positive
 *   F1        = 2·P·R / (P + R)       the harmonic mean of P and R
 * }</pre>
 * A ratio whose denominator is 0 is 0: precision when nothing is predicted positive, recall when no row
 * is positive, F1 when P + R = 0 (scikit-learn's {@code zero_division=0}, the value of its default too).
 * For example yTrue = [1, 1, 0], yPred = [1, 0, 1] has TP = 1, FP = 1, FN = 1: P = R = F1 = ½.
 *
 * <p>Errors: throw {@link ShapeMismatchException} if the lengths differ, and
 * {@link IllegalArgumentException} if the arrays are empty or a label is not 0 or 1.
 *
 * <p>You need: a loop, three int counters and {@code new BinaryScores(precision, recall, f1)}. Not
 * {@code ClassificationMetrics}: it is what you are writing.
 *
 * <p>Classic traps: precision divides by the predicted positives, recall by the true ones — not the other
 * way round; F1 is the harmonic mean, not (P + R)/2; 0/0 is NaN in Java, so test the denominator first;
 * the positive class is 1, not 0, and a correctly predicted 0 is a true negative, not a TP;
 * {@code tp / (tp + fp)} on ints is integer division; 0/0 is 0 here, not 1.
 *
 * <p>Grade it: {@code ./mvnw test -Dexercise=prf}
 */
public final class PrecisionRecallF1 {
    private PrecisionRecallF1() {
    }

    /**
     * Returns the precision, recall and F1 of yPred against yTrue, 1 being the positive class.
     *
     * @param yTrue the true labels, length n ≥ 1, each 0 or 1 (not modified)
     * @param yPred the predicted labels, length n, each 0 or 1 (not modified)
     * @return the three scores, each in [0, 1]
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0 or a label is not 0 or 1
     */
    public static BinaryScores scores(int[] yTrue, int[] yPred) {
        // TODO: check the arguments, count TP, FP and FN, then the three ratios (0 when a denominator is 0).
        throw new NotImplementedYet("ps1 prf");
    }
}
