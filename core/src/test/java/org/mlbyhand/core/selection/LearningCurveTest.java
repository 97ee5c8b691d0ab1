package org.mlbyhand.core.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.data.KFold;
import org.mlbyhand.core.data.Rows;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.estimator.Regressor;
import org.mlbyhand.core.estimator.RegressionModel;
import org.mlbyhand.core.estimator.Scorer;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linear.LinearModel;
import org.mlbyhand.core.linear.Ridge;
import org.mlbyhand.core.metrics.RegressionMetrics;

class LearningCurveTest {
    private static final Scorer<RegressionModel, double[]> R2 = (m, X, y) -> RegressionMetrics.r2Score(y, m.predict(X));

    @Test
    void fractionsBecomeTruncatedSortedDistinctRowCounts() {
        Dataset<double[]> d = Data.regression(1L);
        List<Split> folds = KFold.folds(30, 3);   // 20 training rows each
        LearningCurve c = LearningCurve.learningCurve(new Ridge(), d.X(), d.y(), new double[] {1.0, 0.33, 0.01, 0.049, 0.5}, folds, R2);
        assertArrayEquals(new int[] {1, 6, 10, 20}, c.trainSizes(), "⌊0.33·20⌋ = 6, 0.01 and 0.049 clip to 1, sorted, 1 once");
        assertEquals("4×3", c.testScores().shape());
        assertArrayEquals(new double[] {0.1, 0.325, 0.55, 0.775, 1.0}, LearningCurve.defaultTrainSizes(), 1e-15);
    }

    @Test
    void eachSizeFitsTheFirstRowsOfEachSplitsTrainingPart() {
        Dataset<double[]> d = Data.regression(2L);
        List<Split> folds = KFold.folds(30, 3);
        List<Matrix> fitted = new ArrayList<>();
        Regressor<LinearModel> recording = (X, y) -> {
            fitted.add(X);
            return new Ridge().fit(X, y);
        };
        LearningCurve c = LearningCurve.learningCurve(recording, d.X(), d.y(), new int[] {5, 20}, folds, R2);
        assertEquals(6, fitted.size(), "2 sizes × 3 splits");
        for (int f = 0; f < 3; f++) {
            int[] five = Arrays.copyOf(folds.get(f).train(), 5);
            assertArrayEquals(d.X().selectRows(five).toRowMajorArray(), fitted.get(2 * f).toRowMajorArray(), "split " + f + ", 5 rows");
        }
        int[] five = Arrays.copyOf(folds.get(0).train(), 5);
        LinearModel m = new Ridge().fit(d.X().selectRows(five), Rows.take(d.y(), five));
        assertEquals(RegressionMetrics.r2Score(folds.get(0).test(d.y()), m.predict(folds.get(0).test(d.X()))), c.testScores().get(0, 0), 0.0);
        assertEquals(RegressionMetrics.r2Score(Rows.take(d.y(), five), m.predict(d.X().selectRows(five))), c.trainScores().get(0, 0), 0.0);
    }

    @Test
    void aFlexibleModelScoresBetterOnItsTrainingRowsThanOnTheTestRows() {
        Dataset<double[]> d = Data.regression(3L);
        LearningCurve c = LearningCurve.learningCurve(new Ridge(1e-6), d.X(), d.y(), new int[] {5, 24}, KFold.folds(30, 5), R2);
        double[] train = c.meanTrainScores();
        double[] test = c.meanTestScores();
        assertTrue(train[0] > test[0], "with 5 rows for 4 parameters, the training fit is too good: " + train[0] + " vs " + test[0]);
        assertTrue(test[1] > test[0], "more data helps: " + test[0] + " → " + test[1]);
        assertEquals(2, c.stdTestScores().length);
    }

    @Test
    void sizesOutsideTheirRangeAreRefused() {
        Dataset<double[]> d = Data.regression(4L);
        List<Split> folds = KFold.folds(30, 3);
        assertThrows(IllegalArgumentException.class, () -> LearningCurve.learningCurve(new Ridge(), d.X(), d.y(), new double[] {0.0}, folds, R2));
        assertThrows(IllegalArgumentException.class, () -> LearningCurve.learningCurve(new Ridge(), d.X(), d.y(), new double[] {1.5}, folds, R2));
        assertThrows(IllegalArgumentException.class, () -> LearningCurve.learningCurve(new Ridge(), d.X(), d.y(), new int[] {21}, folds, R2));
        assertThrows(IllegalArgumentException.class, () -> LearningCurve.learningCurve(new Ridge(), d.X(), d.y(), new int[] {}, folds, R2));
        assertThrows(IllegalArgumentException.class, () -> LearningCurve.learningCurve(new Ridge(), d.X(), d.y(), new int[] {3}, List.of(), R2));
    }
}
