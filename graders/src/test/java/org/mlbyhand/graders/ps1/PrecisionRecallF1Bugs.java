package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.metrics.BinaryScores;
import org.mlbyhand.grading.Bug;

/**
 * Classic mistakes in binary precision, recall and F1, each a complete implementation the grader must
 * reject. The grader's first case (TP = 3, FN = 1, FP = 2, TN = 2: P = 3/5, R = 3/4, F1 = 2/3) tells
 * six apart: swapped ratios give (3/4, 3/5), class 0 as positive (2/3, 1/2), true negatives counted as
 * hits (5/7, 5/6), integer division (0, 0), the arithmetic mean F1 = 27/40 and F1 by integer division
 * F1 = 0. The 0/0 mistakes pass it and fail on "nothing predicted positive" (P = 1, P = NaN, or only
 * F1 = NaN), except 2·TP/(2·TP + FP + FN) unguarded, which is 0/0 only when TP = FP = FN = 0 (the
 * all-negative case), where 2·P·R/(P + R) unguarded is NaN too: so it comes before that one.
 */
final class PrecisionRecallF1Bugs {
    private PrecisionRecallF1Bugs() {
    }

    private enum Mistake {
        SWAPPED, ARITHMETIC_MEAN, CLASS_ZERO_POSITIVE, TP_COUNTS_NEGATIVES, INTEGER_DIVISION, F1_INTEGER_DIVISION,
        ZERO_DIVISION_ONE, NO_ZERO_GUARD, F1_FROM_COUNTS_UNGUARDED, F1_NO_ZERO_GUARD
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
            new Bug<>("true negatives counted as true positives",
                    "TP counts only the rows that are positive and predicted positive: yTrue = 1 and yPred = 1. A"
                            + " row with yTrue = yPred = 0 is a true negative, which none of the three scores uses.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.TP_COUNTS_NEGATIVES)),
            new Bug<>("integer division",
                    "TP / (TP + FP) on two ints is integer division in Java and rounds down to 0 (or 1): convert"
                            + " to double before dividing.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.INTEGER_DIVISION)),
            new Bug<>("F1 from the counts with integer division",
                    "your precision and recall are right, but F1 is 0: 2·TP / (2·TP + FP + FN) on ints is integer"
                            + " division in Java and rounds down. Convert to double before dividing.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.F1_INTEGER_DIVISION)),
            new Bug<>("0/0 taken as 1",
                    "when nothing is predicted positive, TP + FP = 0 and the precision is 0 here, not 1"
                            + " (scikit-learn's zero_division=0, its default's value too); likewise recall when no"
                            + " row is positive.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.ZERO_DIVISION_ONE)),
            new Bug<>("NaN when a denominator is 0",
                    "0.0 / 0 is NaN in Java. When nothing is predicted positive, TP + FP = 0 and the precision is"
                            + " defined as 0 (scikit-learn's zero_division=0); likewise recall when no row is"
                            + " positive, and F1 when P + R = 0. Test each denominator before dividing.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.NO_ZERO_GUARD)),
            new Bug<>("F1 = 2·TP / (2·TP + FP + FN) without a test for 0/0",
                    "2·TP / (2·TP + FP + FN) is a fine way to compute F1, but when every row is negative and"
                            + " predicted negative, TP = FP = FN = 0 and it is 0/0 = NaN; F1 is defined as 0 then."
                            + " Test the denominator before dividing.",
                    (yTrue, yPred) -> scores(yTrue, yPred, Mistake.F1_FROM_COUNTS_UNGUARDED)),
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
            boolean isPositive = yTrue[i] == positive;
            boolean saidPositive = yPred[i] == positive;
            boolean hit = mistake == Mistake.TP_COUNTS_NEGATIVES ? isPositive == saidPositive : isPositive && saidPositive;
            tp += hit ? 1 : 0;
            fp += !isPositive && saidPositive ? 1 : 0;
            fn += isPositive && !saidPositive ? 1 : 0;
        }
        double precision = ratio(tp, tp + fp, mistake);
        double recall = ratio(tp, tp + fn, mistake);
        if (mistake == Mistake.SWAPPED) {
            double p = precision;
            precision = recall;
            recall = p;
        }
        return new BinaryScores(precision, recall, f1(tp, fp, fn, precision, recall, mistake));
    }

    private static double ratio(int numerator, int denominator, Mistake mistake) {
        if (denominator == 0 && mistake != Mistake.NO_ZERO_GUARD) {
            return mistake == Mistake.ZERO_DIVISION_ONE ? 1.0 : 0.0;
        }
        return mistake == Mistake.INTEGER_DIVISION ? numerator / denominator : (double) numerator / denominator;
    }

    private static double f1(int tp, int fp, int fn, double precision, double recall, Mistake mistake) {
        switch (mistake) {
            case ARITHMETIC_MEAN:
                return (precision + recall) / 2;
            case F1_FROM_COUNTS_UNGUARDED:
                return 2.0 * tp / (2 * tp + fp + fn);
            case F1_INTEGER_DIVISION:
                int denominator = 2 * tp + fp + fn;
                return denominator == 0 ? 0.0 : 2 * tp / denominator;
            case NO_ZERO_GUARD:
            case F1_NO_ZERO_GUARD:
                return 2 * precision * recall / (precision + recall);
            default:
                return precision + recall == 0.0 ? 0.0 : 2 * precision * recall / (precision + recall);
        }
    }
}
