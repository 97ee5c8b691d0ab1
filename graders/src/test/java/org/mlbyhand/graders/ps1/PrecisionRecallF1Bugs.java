package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.metrics.BinaryScores;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in binary precision, recall and F1, each a complete implementation the grader must
 * reject. The grader's first case (TP = 3, FN = 1, FP = 2, TN = 2: P = 3/5, R = 3/4, F1 = 2/3) tells the
 * first four apart: swapped ratios give (3/4, 3/5), class 0 as positive gives (2/3, 1/2), integer
 * division gives (0, 0), the arithmetic mean gives F1 = 27/40. The two NaN mistakes pass it and fail on
 * "nothing predicted positive",
 * where one has P = NaN and the other only F1 = NaN.
 */
final class PrecisionRecallF1Bugs {
    private PrecisionRecallF1Bugs() {
    }

    private enum Mistake {
        SWAPPED, ARITHMETIC_MEAN, CLASS_ZERO_POSITIVE, INTEGER_DIVISION, NO_ZERO_GUARD, F1_NO_ZERO_GUARD
    }

    static final List<Bug<BiFunction<int[], int[], BinaryScores>>> ALL = List.of(
            new Bug<>("precision and recall swapped",
                    "precision asks \"of the rows I predicted positive, how many are?\": TP / (TP + FP), FP being"
                            + " predicted 1 but truly 0. Recall asks \"of the positive rows, how many did I find?\":"
                            + " TP / (TP + FN).",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.SWAPPED)),
            new Bug<>("F1 as the arithmetic mean",
                    "F1 is the harmonic mean of P and R, 2·P·R / (P + R), which is pulled towards the smaller of"
                            + " the two; (P + R)/2 is not.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.ARITHMETIC_MEAN)),
            new Bug<>("class 0 treated as positive",
                    "the positive class is 1: TP counts rows with yTrue = 1 and yPred = 1, FP rows with yTrue = 0"
                            + " and yPred = 1. Check which label your counters test for.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.CLASS_ZERO_POSITIVE)),
            new Bug<>("integer division",
                    "TP / (TP + FP) on two ints is integer division in Java and rounds down to 0 (or 1): convert"
                            + " to double before dividing.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.INTEGER_DIVISION)),
            new Bug<>("NaN when a denominator is 0",
                    "0.0 / 0 is NaN in Java. When nothing is predicted positive, TP + FP = 0 and the precision is"
                            + " defined as 0 (scikit-learn's zero_division=0); likewise recall when no row is"
                            + " positive, and F1 when P + R = 0. Test each denominator before dividing.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.NO_ZERO_GUARD)),
            new Bug<>("F1 NaN when P + R = 0",
                    "your precision and recall are right, but when both are 0, 2·P·R / (P + R) is 0/0 = NaN; F1 is"
                            + " defined as 0 then.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.F1_NO_ZERO_GUARD)));

    private static BinaryScores scores(int[] yTrue, int[] yPred, Mistake mistake) {
        LabelChecks.predictions(yTrue, yPred);
        int positive = mistake == Mistake.CLASS_ZERO_POSITIVE ? 0 : 1;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < yTrue.length; i++) {
            tp += yTrue[i] == positive && yPred[i] == positive ? 1 : 0;
            fp += yTrue[i] != positive && yPred[i] == positive ? 1 : 0;
            fn += yTrue[i] == positive && yPred[i] != positive ? 1 : 0;
        }
        boolean guard = mistake != Mistake.NO_ZERO_GUARD;
        double precision = ratio(tp, tp + fp, guard, mistake == Mistake.INTEGER_DIVISION);
        double recall = ratio(tp, tp + fn, guard, mistake == Mistake.INTEGER_DIVISION);
        if (mistake == Mistake.SWAPPED) {
            double p = precision;
            precision = recall;
            recall = p;
        }
        double f1;
        if (mistake == Mistake.ARITHMETIC_MEAN) {
            f1 = (precision + recall) / 2;
        } else if (guard && mistake != Mistake.F1_NO_ZERO_GUARD && precision + recall == 0.0) {
            f1 = 0.0;
        } else {
            f1 = 2 * precision * recall / (precision + recall);
        }
        return new BinaryScores(precision, recall, f1);
    }

    private static double ratio(int numerator, int denominator, boolean guard, boolean integerDivision) {
        if (guard && denominator == 0) {
            return 0.0;
        }
        return integerDivision ? numerator / denominator : (double) numerator / denominator;
    }
}
