package org.mlbyhand.graders.ps1;

import java.util.List;
import java.util.function.BiFunction;
import org.mlbyhand.core.metrics.BinaryScores;
import org.mlbyhand.grading.Alternative;

/**
 * Correct precision, recall and F1 written differently from core's (three counters, then
 * 2·P·R/(P + R)), each of which the grader must accept. The F1 forms agree in exact arithmetic and
 * differ by a few ulps.
 */
final class PrecisionRecallF1Alternatives {
    private PrecisionRecallF1Alternatives() {
    }

    static final List<Alternative<BiFunction<int[], int[], BinaryScores>>> ALL = List.of(
            new Alternative<>("F1 from the counts: 2·TP / (2·TP + FP + FN), 0 when that is 0/0",
                    PrecisionRecallF1Alternatives::f1FromCounts),
            new Alternative<>("a 2×2 confusion matrix C[yTrue][yPred], and F1 = 2/(1/P + 1/R), 0 if P or R is 0",
                    PrecisionRecallF1Alternatives::confusionMatrix),
            new Alternative<>("counts as sums of products: TP = Σ yTrueᵢ·yPredᵢ, predicted = Σ yPredᵢ, actual = Σ yTrueᵢ",
                    PrecisionRecallF1Alternatives::sumsOfProducts));

    private static BinaryScores f1FromCounts(int[] yTrue, int[] yPred) {
        LabelChecks.predictions(yTrue, yPred);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < yTrue.length; i++) {
            if (yPred[i] == 1) {
                if (yTrue[i] == 1) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (yTrue[i] == 1) {
                fn++;
            }
        }
        return new BinaryScores(ratio(tp, tp + fp), ratio(tp, tp + fn), ratio(2 * tp, 2 * tp + fp + fn));
    }

    private static BinaryScores confusionMatrix(int[] yTrue, int[] yPred) {
        LabelChecks.predictions(yTrue, yPred);
        int[][] C = new int[2][2];
        for (int i = 0; i < yTrue.length; i++) {
            C[yTrue[i]][yPred[i]]++;
        }
        double p = ratio(C[1][1], C[1][1] + C[0][1]);
        double r = ratio(C[1][1], C[1][1] + C[1][0]);
        double f1 = p == 0.0 || r == 0.0 ? 0.0 : 2.0 / (1.0 / p + 1.0 / r);
        return new BinaryScores(p, r, f1);
    }

    private static BinaryScores sumsOfProducts(int[] yTrue, int[] yPred) {
        LabelChecks.predictions(yTrue, yPred);
        int tp = 0;
        int predicted = 0;
        int actual = 0;
        for (int i = 0; i < yTrue.length; i++) {
            tp += yTrue[i] * yPred[i];
            predicted += yPred[i];
            actual += yTrue[i];
        }
        double p = ratio(tp, predicted);
        double r = ratio(tp, actual);
        return new BinaryScores(p, r, p + r == 0.0 ? 0.0 : 2 * p * r / (p + r));
    }

    /** a/b, 0 when b = 0. */
    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }
}
