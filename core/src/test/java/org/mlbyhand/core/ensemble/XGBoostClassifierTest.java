package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;

class XGBoostClassifierTest {
    private static final Matrix X = Data.column(1, 2, 3, 4);
    private static final int[] Y = {0, 0, 1, 1};

    @Test
    void theFirstRoundIsOneNewtonStepPerLeaf() {
        // p₀ = ½, so every margin starts at 0: g = ½ − y, h = ¼. Each leaf: G = ±1, H = ½, λ = 0 → w* = ∓2.
        XGBoostClassificationModel m = new XGBoostClassifier().withNEstimators(1).withMaxDepth(1).withEta(1.0)
                .withLambda(0.0).withMinChildWeight(0.0).fit(X, Y);
        assertEquals(0.5, m.baseScore(), 0.0);
        assertEquals(0.0, m.baseMargin(), 0.0);
        assertArrayEquals(new double[] {-2, -2, 2, 2}, m.decisionFunction(X), Tolerances.ROUNDING);
        assertArrayEquals(new int[] {0, 0, 1, 1}, m.predict(X));
    }

    @Test
    void theBaseScoreIsTheFractionOfOnesAndTheMarginStartsAtItsLogit() {
        int[] y = {0, 0, 0, 1};
        XGBoostClassificationModel m = new XGBoostClassifier().withNEstimators(1).withMinChildWeight(10.0).fit(X, y);
        assertEquals(0.25, m.baseScore(), 0.0);
        assertEquals(Math.log(1.0 / 3), m.baseMargin(), Tolerances.ROUNDING);
        // minChildWeight 10 > H = 4·(¼·¾): the only tree is a leaf of weight 0, so P(y = 1) is p₀ everywhere.
        assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, m.predictPositiveProba(X), Tolerances.ROUNDING);
        assertEquals(0.1, new XGBoostClassifier().withBaseScore(0.1).withNEstimators(1).fit(X, y).baseScore(), 0.0);
    }

    @Test
    void predictProbaIsSigmoidOfMinusAndPlusTheMargin() {
        Dataset<int[]> d = Data.disc(4L, 60);
        XGBoostClassificationModel m = new XGBoostClassifier().withNEstimators(10).fit(d.X(), d.y());
        double[] z = m.decisionFunction(d.X());
        Matrix P = m.predictProba(d.X());
        for (int i = 0; i < z.length; i++) {
            assertEquals(Activations.sigmoid(-z[i]), P.get(i, 0), 0.0);
            assertEquals(Activations.sigmoid(z[i]), P.get(i, 1), 0.0);
        }
    }

    @Test
    void moreRoundsLowerTheTrainingLogLoss() {
        Dataset<int[]> d = Data.disc(5L, 200);
        double one = Losses.binaryCrossEntropy(d.y(), new XGBoostClassifier().withNEstimators(1).fit(d.X(), d.y()).decisionFunction(d.X()));
        double fifty = Losses.binaryCrossEntropy(d.y(), new XGBoostClassifier().withNEstimators(50).fit(d.X(), d.y()).decisionFunction(d.X()));
        assertTrue(fifty < 0.5 * one, "log-loss after 50 rounds " + fifty + ", after 1 round " + one);
    }

    @Test
    void labelsMustBeZeroOrOneWithBothPresent() {
        XGBoostClassifier c = new XGBoostClassifier().withNEstimators(1);
        assertMessage(() -> c.fit(X, new int[] {0, 1, 2, 1}),
                "XGBoostClassifier.fit: y[2] = 2 is not a binary label; binary:logistic needs labels 0 and 1");
        assertMessage(() -> c.fit(X, new int[] {0, -1, 1, 1}), "XGBoostClassifier.fit: y[1] = -1 is negative");
        assertMessage(() -> c.fit(X, new int[] {1, 1, 1, 1}), "XGBoostClassifier.fit: y has only class 1");
        assertMessage(() -> c.fit(X, new int[] {0, 1}), "XGBoostClassifier.fit: X is 4×1, y has length 2");
    }

    @Test
    void theBaseScoreMustBeAProbability() {
        XGBoostClassifier c = new XGBoostClassifier();
        for (double bad : new double[] {0.0, 1.0, -0.5, Double.NaN}) {
            assertMessage(() -> c.withBaseScore(bad), "XGBoostClassifier: baseScore must be a probability in (0, 1), got " + bad);
        }
        assertMessage(() -> c.withMaxDepth(-1), "XGBoostClassifier: maxDepth must be ≥ 1, got -1");
    }
}
