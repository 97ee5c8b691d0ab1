package org.mlbyhand.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

class ClassificationMetricsTest {
    private static final int[] TRUTH = {1, 1, 1, 0, 0, 0, 0, 1};
    private static final int[] GUESS = {1, 0, 1, 1, 0, 0, 0, 1};   // TP 3, FN 1, FP 1, TN 3

    @Test
    void precisionRecallAndF1ComeFromTheConfusionCounts() {
        assertArrayEquals(new int[][] {{3, 1}, {1, 3}}, ClassificationMetrics.confusionMatrix(TRUTH, GUESS));
        assertEquals(0.75, ClassificationMetrics.accuracyScore(TRUTH, GUESS));
        assertEquals(0.75, ClassificationMetrics.precisionScore(TRUTH, GUESS));
        assertEquals(0.75, ClassificationMetrics.recallScore(TRUTH, GUESS));
        assertEquals(0.75, ClassificationMetrics.f1Score(TRUTH, GUESS));
    }

    @Test
    void binaryScoresBundleTheThreeBinaryScores() {
        assertEquals(new BinaryScores(ClassificationMetrics.precisionScore(TRUTH, GUESS),
                ClassificationMetrics.recallScore(TRUTH, GUESS), ClassificationMetrics.f1Score(TRUTH, GUESS)),
                ClassificationMetrics.binaryScores(TRUTH, GUESS));
        assertThrows(IllegalArgumentException.class,
                () -> ClassificationMetrics.binaryScores(new int[] {0, 2}, new int[] {0, 1}));
    }

    @Test
    void aRatioWithAZeroDenominatorIsZero() {
        int[] none = new int[TRUTH.length];
        assertEquals(0.0, ClassificationMetrics.precisionScore(TRUTH, none));
        assertEquals(0.0, ClassificationMetrics.f1Score(TRUTH, none));
        assertEquals(0.0, ClassificationMetrics.recallScore(none, GUESS));
    }

    @Test
    void microAveragedScoresOfSingleLabelDataEqualAccuracy() {
        int[] t = {0, 1, 2, 2, 1, 0, 2};
        int[] p = {0, 2, 2, 1, 1, 0, 0};
        double accuracy = ClassificationMetrics.accuracyScore(t, p);
        assertEquals(accuracy, ClassificationMetrics.precisionScore(t, p, Average.MICRO), 1e-15);
        assertEquals(accuracy, ClassificationMetrics.recallScore(t, p, Average.MICRO), 1e-15);
        assertEquals(accuracy, ClassificationMetrics.f1Score(t, p, Average.MICRO), 1e-15);
    }

    @Test
    void logLossClipsCertainWrongAnswersInsteadOfReturningInfinity() {
        double loss = ClassificationMetrics.logLoss(new int[] {1}, new double[] {0.0});
        assertEquals(-Math.log(0x1p-52), loss, 1e-12);
        assertEquals(-Math.log(0.8), ClassificationMetrics.logLoss(new int[] {0}, new double[] {0.2}), 1e-15);
        Matrix P = Matrix.of(new double[][] {{0.7, 0.2, 0.1}, {0.1, 0.1, 0.8}});
        assertEquals(-(Math.log(0.7) + Math.log(0.8)) / 2, ClassificationMetrics.logLoss(new int[] {0, 2}, P), 1e-15);
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        assertEquals("accuracyScore: yTrue has length 2, yPred has length 3",
                assertThrows(ShapeMismatchException.class, () -> ClassificationMetrics.accuracyScore(new int[2], new int[3])).getMessage());
        assertEquals("accuracyScore: yTrue is empty",
                assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.accuracyScore(new int[0], new int[0])).getMessage());
        assertEquals("precisionScore: yPred[1] = 2; binary labels are 0 (negative) and 1 (positive); pass an Average for more classes",
                assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.precisionScore(new int[] {0, 1}, new int[] {0, 2})).getMessage());
        assertEquals("logLoss: proba[0] = 1.5 is not a probability in [0, 1]",
                assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.logLoss(new int[] {1}, new double[] {1.5})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.logLoss(new int[] {1}, new double[] {Double.NaN}));
        assertEquals("logLoss: row 0 of proba sums to 0.5, not 1",
                assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.logLoss(new int[] {0}, Matrix.of(new double[][] {{0.25, 0.25}}))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.confusionMatrix(new int[] {-1}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> ClassificationMetrics.f1Score(new int[] {0}, new int[] {0}, null));
    }
}
