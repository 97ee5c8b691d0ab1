package org.mlbyhand.core.metrics;

import org.mlbyhand.core.linalg.Arguments;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * How well predicted labels ŷ (or predicted probabilities) match true labels y, as scikit-learn 1.2
 * defines them. Labels are class indices 0, 1, …; the two-argument precision, recall and F1 are binary,
 * with 1 the positive class:
 * <pre>{@code
 *   accuracy  = #{i : ŷᵢ = yᵢ} / n
 *   C[t][p]   = #{i : yᵢ = t, ŷᵢ = p}                  (confusion matrix: rows true, columns predicted)
 *   precision = TP / (TP + FP)      recall = TP / (TP + FN)      F1 = 2·P·R / (P + R)
 *   log-loss  = −(1/n)·Σᵢ log q_{i,yᵢ},   q = rows of P clipped to [ε, 1 − ε] and renormalized, ε = 2⁻⁵²
 * }</pre>
 * A ratio whose denominator is 0 (no predicted positive, no true positive, P + R = 0) is 0, which is
 * scikit-learn's {@code zero_division=0} (its default, "warn", returns 0 too). Clipping keeps the
 * log-loss finite when a probability is exactly 0 or 1. Accuracy: counts are exact; every ratio is one
 * division, correctly rounded; the log-loss is a sum, exact to about n·u relative.
 */
public final class ClassificationMetrics {
    private static final double EPS = 0x1p-52;

    private ClassificationMetrics() {
    }

    /**
     * Returns the share of rows whose predicted label is the true one.
     *
     * @param yTrue length n ≥ 1, labels ≥ 0 (not modified)
     * @param yPred length n, labels ≥ 0 (not modified)
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0 or a label is negative
     */
    public static double accuracyScore(int[] yTrue, int[] yPred) {
        checkLabels("accuracyScore", yTrue, yPred);
        int correct = 0;
        for (int i = 0; i < yTrue.length; i++) {
            correct += yTrue[i] == yPred[i] ? 1 : 0;
        }
        return (double) correct / yTrue.length;
    }

    /**
     * Returns the k×k confusion matrix C[t][p] = #{i : yTrueᵢ = t, yPredᵢ = p}, with
     * k = 1 + the largest label in either array.
     *
     * @param yTrue length n ≥ 1, labels ≥ 0 (not modified)
     * @param yPred length n, labels ≥ 0 (not modified)
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0 or a label is negative
     */
    public static int[][] confusionMatrix(int[] yTrue, int[] yPred) {
        checkLabels("confusionMatrix", yTrue, yPred);
        int k = 0;
        for (int i = 0; i < yTrue.length; i++) {
            k = Math.max(k, Math.max(yTrue[i], yPred[i]) + 1);
        }
        int[][] C = new int[k][k];
        for (int i = 0; i < yTrue.length; i++) {
            C[yTrue[i]][yPred[i]]++;
        }
        return C;
    }

    /** Returns the binary precision TP/(TP + FP) with positive class 1 (0 if nothing is predicted positive); labels must be 0 or 1. */
    public static double precisionScore(int[] yTrue, int[] yPred) {
        return binary("precisionScore", yTrue, yPred).precision(1);
    }

    /** Returns the binary recall TP/(TP + FN) with positive class 1 (0 if there is no true positive row); labels must be 0 or 1. */
    public static double recallScore(int[] yTrue, int[] yPred) {
        return binary("recallScore", yTrue, yPred).recall(1);
    }

    /** Returns the binary F1 = 2PR/(P + R) with positive class 1 (0 if P + R = 0); labels must be 0 or 1. */
    public static double f1Score(int[] yTrue, int[] yPred) {
        return binary("f1Score", yTrue, yPred).f1(1);
    }

    /**
     * Returns the binary precision, recall and F1 together, with positive class 1 (each 0 when its
     * denominator is 0); labels must be 0 or 1.
     */
    public static BinaryScores binaryScores(int[] yTrue, int[] yPred) {
        Counts counts = binary("binaryScores", yTrue, yPred);
        return new BinaryScores(counts.precision(1), counts.recall(1), counts.f1(1));
    }

    /**
     * Returns the precision averaged over classes as {@code average} says.
     *
     * @param yTrue   length n ≥ 1, labels ≥ 0 (not modified)
     * @param yPred   length n, labels ≥ 0 (not modified)
     * @param average MACRO, WEIGHTED or MICRO, not null
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0, a label is negative or average is null
     */
    public static double precisionScore(int[] yTrue, int[] yPred, Average average) {
        return counts("precisionScore", yTrue, yPred).average(average, Counts::precision);
    }

    /** Returns the recall averaged over classes as {@code average} says (arguments and exceptions as {@link #precisionScore(int[], int[], Average)}). */
    public static double recallScore(int[] yTrue, int[] yPred, Average average) {
        return counts("recallScore", yTrue, yPred).average(average, Counts::recall);
    }

    /** Returns the F1 score averaged over classes as {@code average} says (arguments and exceptions as {@link #precisionScore(int[], int[], Average)}). */
    public static double f1Score(int[] yTrue, int[] yPred, Average average) {
        return counts("f1Score", yTrue, yPred).average(average, Counts::f1);
    }

    /**
     * Returns the binary log-loss of the probabilities pᵢ = P(yᵢ = 1), with scikit-learn's clipping:
     * q = clip(p, ε, 1 − ε), then −(1/n)·Σᵢ log(yᵢ ? q/(q + (1 − q)) : (1 − q)/(q + (1 − q))).
     *
     * @param yTrue length n ≥ 1, labels 0 or 1 (not modified)
     * @param proba length n, each in [0, 1] (not modified)
     * @throws ShapeMismatchException if the lengths differ
     * @throws IllegalArgumentException if n = 0, a label is not 0 or 1, or a probability is outside [0, 1] or NaN
     */
    public static double logLoss(int[] yTrue, double[] proba) {
        String who = "logLoss";
        Checks.sameLength(who, "yTrue", yTrue.length, "proba", proba.length);
        Checks.binary(who, "yTrue", yTrue);
        double sum = 0.0;
        for (int i = 0; i < yTrue.length; i++) {
            Checks.probability(who, "proba", proba[i], "[" + i + "]");
            double q1 = clip(proba[i]);
            double q0 = 1.0 - q1;
            double total = q0 + q1;
            sum -= Math.log((yTrue[i] == 1 ? q1 : q0) / total);
        }
        return sum / yTrue.length;
    }

    /**
     * Returns the multiclass log-loss −(1/n)·Σᵢ log q_{i,yᵢ}, each row of P clipped to [ε, 1 − ε] and
     * renormalized (scikit-learn's rule).
     *
     * @param yTrue length n ≥ 1, labels in [0, k) (not modified)
     * @param proba n×k, rows of probabilities in [0, 1] summing to 1 within 1e-6 (not modified)
     * @throws ShapeMismatchException if proba does not have n rows
     * @throws IllegalArgumentException if n = 0, a label is outside [0, k), an entry is not in [0, 1], or a
     *         row does not sum to 1
     */
    public static double logLoss(int[] yTrue, Matrix proba) {
        String who = "logLoss";
        if (yTrue.length != proba.rows()) {
            throw new ShapeMismatchException(who + ": yTrue has length " + yTrue.length + ", proba is " + proba.shape());
        }
        if (yTrue.length == 0 || proba.cols() == 0) {
            throw new IllegalArgumentException(who + ": proba is " + proba.shape() + "; needs at least one row and one class");
        }
        double sum = 0.0;
        for (int i = 0; i < yTrue.length; i++) {
            if (yTrue[i] < 0 || yTrue[i] >= proba.cols()) {
                throw new IllegalArgumentException(who + ": yTrue[" + i + "] = " + yTrue[i] + " is outside [0, " + proba.cols() + ")");
            }
            double rowSum = 0.0;
            double clippedSum = 0.0;
            for (int c = 0; c < proba.cols(); c++) {
                Checks.probability(who, "proba", proba.get(i, c), "[" + i + "][" + c + "]");
                rowSum += proba.get(i, c);
                clippedSum += clip(proba.get(i, c));
            }
            if (Math.abs(rowSum - 1.0) > 1e-6) {
                throw new IllegalArgumentException(who + ": row " + i + " of proba sums to " + rowSum + ", not 1");
            }
            sum -= Math.log(clip(proba.get(i, yTrue[i])) / clippedSum);
        }
        return sum / yTrue.length;
    }

    private static double clip(double p) {
        return Math.min(Math.max(p, EPS), 1.0 - EPS);
    }

    private static Counts binary(String who, int[] yTrue, int[] yPred) {
        checkLabels(who, yTrue, yPred);
        Checks.binary(who, "yTrue", yTrue);
        Checks.binary(who, "yPred", yPred);
        return new Counts(yTrue, yPred, 2);
    }

    private static Counts counts(String who, int[] yTrue, int[] yPred) {
        checkLabels(who, yTrue, yPred);
        int k = 0;
        for (int i = 0; i < yTrue.length; i++) {
            k = Math.max(k, Math.max(yTrue[i], yPred[i]) + 1);
        }
        return new Counts(yTrue, yPred, k);
    }

    private static void checkLabels(String who, int[] yTrue, int[] yPred) {
        Checks.sameLength(who, "yTrue", yTrue.length, "yPred", yPred.length);
        Arguments.requireLabels(who, "yTrue", yTrue);
        Arguments.requireLabels(who, "yPred", yPred);
    }
}
