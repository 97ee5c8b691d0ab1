package org.mlbyhand.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.data.KFold;
import org.mlbyhand.core.data.StandardScaler;
import org.mlbyhand.core.data.StratifiedKFold;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linear.LogisticModel;
import org.mlbyhand.core.linear.LogisticRegression;
import org.mlbyhand.core.linear.Ridge;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

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
    void anEstimatorScoresBitForBitAsItsHandWrittenFitPredict() {
        Rng rng = new Rng(11L);
        Matrix X = RandomMatrices.gaussian(rng, 30, 3);
        double[] y = X.multiply(new double[] {1, -2, 0.5});
        int[] labels = new int[30];
        for (int i = 0; i < 30; i++) {
            y[i] += rng.nextGaussian();
            labels[i] = y[i] > 0 ? 1 : 0;
        }
        Ridge ridge = new Ridge(0.7);
        assertArrayEquals(CrossValidation.crossValScore(X, y, KFold.folds(30, 5),
                        (Xtr, ytr, Xte) -> ridge.fit(Xtr, ytr).predict(Xte), RegressionMetrics::r2Score),
                CrossValidation.crossValScore(ridge, X, y, KFold.folds(30, 5), Scorer.predict(RegressionMetrics::r2Score)));
        LogisticRegression logistic = new LogisticRegression();
        assertArrayEquals(CrossValidation.crossValScore(X, labels, StratifiedKFold.folds(labels, 3, 2L),
                        (Xtr, ytr, Xte) -> logistic.fit(Xtr, ytr).predict(Xte), ClassificationMetrics::accuracyScore),
                CrossValidation.crossValScore(logistic, X, labels, StratifiedKFold.folds(labels, 3, 2L),
                        Scorer.predict(ClassificationMetrics::accuracyScore)));
        assertArrayEquals(CrossValidation.crossValScore(X, labels, StratifiedKFold.folds(labels, 3, 2L),
                        (Xtr, ytr, Xte) -> logistic.fit(Xtr, ytr).predictProba(Xte), ClassificationMetrics::logLoss),
                CrossValidation.crossValScore(logistic, X, labels, StratifiedKFold.folds(labels, 3, 2L),
                        Scorer.predictProba(ClassificationMetrics::logLoss)));
    }

    @Test
    void aScorerMayReadTheConcreteFittedModel() {
        Matrix X = Matrix.column(new double[] {-2, -1, 1, 2, -3, 3});
        int[] y = {0, 0, 1, 1, 0, 1};
        Scorer<LogisticModel, int[]> slope = (m, Xte, yte) -> m.coef()[0];
        double[] slopes = CrossValidation.crossValScore(new LogisticRegression(), X, y, KFold.folds(6, 2), slope);
        assertEquals(2, slopes.length);
        assertTrue(slopes[0] > 0 && slopes[1] > 0, "a positive slope in each fold");
    }

    @Test
    void splitsOfAnotherSizeAreRejected() {
        assertThrows(ShapeMismatchException.class, () -> CrossValidation.crossValScore(Matrix.zeros(4, 1), new double[4],
                KFold.folds(5, 2), (a, b, c) -> new double[c.rows()], RegressionMetrics::r2Score));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.crossValScore(Matrix.zeros(4, 1), new double[4],
                List.of(), (a, b, c) -> new double[c.rows()], RegressionMetrics::r2Score));
    }
}
