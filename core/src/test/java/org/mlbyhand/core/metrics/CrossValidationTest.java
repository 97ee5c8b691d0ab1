package org.mlbyhand.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.data.KFold;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.data.StratifiedKFold;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

class CrossValidationTest {
    @Test
    void eachFoldIsFittedOnItsTrainingRowsOnlyAndScoredOnItsTestRows() {
        Matrix X = Matrix.column(new double[] {0, 1, 2, 3, 4, 5});
        double[] y = {0, 10, 20, 30, 40, 50};
        List<Integer> trainSizes = new ArrayList<>();
        // "model": predict the mean of the training targets; the score is the MSE against the test targets
        double[] scores = CrossValidation.crossValScore(X, y, KFold.folds(6, 3), (Xtr, ytr, Xte) -> {
            trainSizes.add(ytr.length);
            double mean = java.util.Arrays.stream(ytr).average().orElseThrow();
            double[] p = new double[Xte.rows()];
            java.util.Arrays.fill(p, mean);
            return p;
        }, RegressionMetrics::meanSquaredError);
        assertEquals(List.of(4, 4, 4), trainSizes);
        // fold 0 tests {0, 10} against the training mean 35; fold 1 tests {20, 30} against 25; fold 2 {40, 50} against 15
        assertArrayEquals(new double[] {(35 * 35 + 25 * 25) / 2.0, 5 * 5, (25 * 25 + 35 * 35) / 2.0}, scores, 1e-12);
    }

    @Test
    void aScalerFittedInsideTheFoldSeesNoTestRow() {
        Matrix X = Matrix.column(new double[] {0, 0, 0, 0, 100});
        int[] y = {0, 0, 1, 1, 1};
        List<Double> means = new ArrayList<>();
        CrossValidation.crossValScore(X, y, KFold.folds(5, 5), (Xtr, ytr, Xte) -> {
            means.add(StandardScaler.fit(Xtr).mean()[0]);
            return new int[Xte.rows()];
        }, ClassificationMetrics::accuracyScore);
        assertEquals(List.of(25.0, 25.0, 25.0, 25.0, 0.0), means);
    }

    @Test
    void classificationScoresComeOutInTheOrderOfTheSplits() {
        Matrix X = Matrix.zeros(6, 1);
        int[] y = {0, 1, 0, 1, 0, 1};
        double[] accuracy = CrossValidation.crossValScore(X, y, StratifiedKFold.folds(y, 3, 1L),
                (Xtr, ytr, Xte) -> new int[Xte.rows()], ClassificationMetrics::accuracyScore);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, accuracy);
    }

    @Test
    void splitsOfAnotherSizeAreRejected() {
        assertThrows(ShapeMismatchException.class, () -> CrossValidation.crossValScore(Matrix.zeros(4, 1), new double[4],
                KFold.folds(5, 2), (a, b, c) -> new double[c.rows()], RegressionMetrics::r2Score));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.crossValScore(Matrix.zeros(4, 1), new double[4],
                List.of(), (a, b, c) -> new double[c.rows()], RegressionMetrics::r2Score));
    }
}
