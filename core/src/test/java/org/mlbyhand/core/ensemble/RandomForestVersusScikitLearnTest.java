package org.mlbyhand.core.ensemble;

import static org.mlbyhand.core.golden.Parity.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.metrics.ClassificationMetrics;
import org.mlbyhand.core.metrics.RegressionMetrics;

/**
 * Random forests against scikit-learn 1.2 (golden file from tools/parity/make_golden_ensembles.py). The
 * two cannot share a random stream, so they are compared in distribution: on the same 70/30 split,
 * the mean test accuracy (R² for the regressor) and the mean out-of-bag score of 10 forests of 100
 * trees (randomState 0 … 9) are within 2 points of scikit-learn's means over its random_state 0 … 9.
 */
@ExtendWith(Parity.class)
class RandomForestVersusScikitLearnTest {
    private static final int SEEDS = 10;

    @Test
    void classifiersScoreLikeScikitLearnOnBreastCancerAndWine() {
        for (Golden d : Golden.load("forest_scores.json").objects("datasets")) {
            if (!d.string("task").equals("classification")) {
                continue;
            }
            Matrix X = d.matrix("X");
            int[] y = d.labels("y");
            int[] train = d.labels("train");
            int[] test = d.labels("test");
            double testScore = 0.0;
            double oobScore = 0.0;
            for (int seed = 0; seed < SEEDS; seed++) {
                RandomForestClassificationModel m = new RandomForestClassifier().withOobScore(true).withRandomState(seed)
                        .fit(X.selectRows(train), take(y, train));
                testScore += ClassificationMetrics.accuracyScore(take(y, test), m.predict(X.selectRows(test))) / SEEDS;
                oobScore += m.oobScore() / SEEDS;
            }
            sameScores("RandomForestClassifier (" + d.string("name") + ")", "accuracy", d, testScore, oobScore);
        }
    }

    @Test
    void theRegressorScoresLikeScikitLearnOnDiabetes() {
        for (Golden d : Golden.load("forest_scores.json").objects("datasets")) {
            if (!d.string("task").equals("regression")) {
                continue;
            }
            Matrix X = d.matrix("X");
            double[] y = d.vector("y");
            int[] train = d.labels("train");
            int[] test = d.labels("test");
            double testScore = 0.0;
            double oobScore = 0.0;
            for (int seed = 0; seed < SEEDS; seed++) {
                RandomForestRegressionModel m = new RandomForestRegressor().withOobScore(true).withRandomState(seed)
                        .fit(X.selectRows(train), take(y, train));
                testScore += RegressionMetrics.r2Score(take(y, test), m.predict(X.selectRows(test))) / SEEDS;
                oobScore += m.oobScore() / SEEDS;
            }
            sameScores("RandomForestRegressor (" + d.string("name") + ")", "R²", d, testScore, oobScore);
        }
    }

    private static void sameScores(String model, String score, Golden d, double testScore, double oobScore) {
        assertClose(model, "mean test " + score + " over 10 seeds", "mean test " + score + " on " + d.string("name"),
                d.number("mean_test_score"), testScore, ScikitLearnTolerances.FOREST_SCORE);
        assertClose(model, "mean out-of-bag score over 10 seeds", "mean oob_score_ on " + d.string("name"),
                d.number("mean_oob_score"), oobScore, ScikitLearnTolerances.FOREST_SCORE);
    }

    private static int[] take(int[] y, int[] rows) {
        int[] out = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = y[rows[k]];
        }
        return out;
    }

    private static double[] take(double[] y, int[] rows) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = y[rows[k]];
        }
        return out;
    }
}
