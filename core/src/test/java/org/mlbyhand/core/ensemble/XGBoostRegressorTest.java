package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;

class XGBoostRegressorTest {
    private static final Matrix X = Data.column(1, 2, 3, 4);
    private static final double[] Y = {1, 1, 5, 5};

    @Test
    void oneRoundWithEtaOneAndNoLambdaFitsEachLeafsMeanResidual() {
        // b₀ = mean(y) = 3; residuals −2, −2, 2, 2; a stump at 2.5 with leaves −2 and 2 fits y exactly.
        XGBoostRegressionModel m = new XGBoostRegressor().withNEstimators(1).withMaxDepth(1).withEta(1.0).withLambda(0.0).fit(X, Y);
        assertEquals(3.0, m.baseScore(), 0.0);
        assertArrayEquals(Y, m.predict(X), Tolerances.ROUNDING);
    }

    @Test
    void lambdaShrinksTheLeavesTowardsTheBaseScore() {
        // Each leaf has G = ∓4, H = 2: w* = ±4/(2 + λ); λ = 2 halves the step.
        XGBoostRegressionModel m = new XGBoostRegressor().withNEstimators(1).withMaxDepth(1).withEta(1.0).withLambda(2.0).fit(X, Y);
        assertArrayEquals(new double[] {2, 2, 4, 4}, m.predict(X), Tolerances.ROUNDING);
    }

    @Test
    void predictionsAreTheBaseScorePlusEveryTree() {
        Dataset<double[]> d = Data.regression(7L, 100);
        XGBoostRegressionModel m = new XGBoostRegressor().withNEstimators(15).withBaseScore(-1.0).fit(d.X(), d.y());
        double[] sum = new double[d.X().rows()];
        java.util.Arrays.fill(sum, -1.0);
        for (XGBoostTree tree : m.trees()) {
            double[] f = tree.predict(d.X());
            for (int i = 0; i < sum.length; i++) {
                sum[i] += f[i];
            }
        }
        assertEquals(15, m.trees().size());
        assertArrayEquals(sum, m.predict(d.X()), 0.0, "the same sum in the same order");
    }

    @Test
    void everyRoundLowersTheTrainingError() {
        // For the squared error the second-order expansion is exact, so no round can raise the loss.
        Dataset<double[]> d = Data.regression(8L, 150);
        double previous = Double.POSITIVE_INFINITY;
        for (int rounds = 1; rounds <= 20; rounds++) {
            double mse = Losses.mseLoss(d.y(), new XGBoostRegressor().withNEstimators(rounds).fit(d.X(), d.y()).predict(d.X()));
            assertTrue(mse < previous, rounds + " rounds: training MSE " + mse + " is not below " + previous);
            previous = mse;
        }
    }

    @Test
    void theBaseScoreIsTheMeanOfYUnlessFixed() {
        XGBoostRegressor defaults = new XGBoostRegressor();
        assertEquals(OptionalDouble.empty(), defaults.baseScore());
        assertEquals(OptionalDouble.of(7.0), defaults.withBaseScore(7.0).baseScore());
        assertEquals(OptionalDouble.empty(), defaults.withBaseScore(7.0).withBaseScoreFromData().baseScore());
        assertEquals(7.0, defaults.withNEstimators(1).withBaseScore(7.0).fit(X, Y).baseScore(), 0.0);
    }

    @Test
    void theDefaultsAreXGBoosts() {
        XGBoostRegressor r = new XGBoostRegressor();
        assertEquals("XGBoostRegressor(nEstimators=100, eta=0.3, maxDepth=6, minChildWeight=1.0, lambda=1.0, gamma=0.0,"
                + " baseScore=mean(y))", r.toString());
        assertEquals(100, r.nEstimators());
        assertEquals(0.3, r.eta(), 0.0);
        assertEquals(6, r.maxDepth());
        assertEquals(1.0, r.minChildWeight(), 0.0);
        assertEquals(1.0, r.lambda(), 0.0);
        assertEquals(0.0, r.gamma(), 0.0);
    }

    @Test
    void badHyperParametersAreNamed() {
        XGBoostRegressor r = new XGBoostRegressor();
        assertMessage(() -> r.withEta(0.0), "XGBoostRegressor: eta must be finite and > 0, got 0.0");
        assertMessage(() -> r.withEta(Double.POSITIVE_INFINITY), "XGBoostRegressor: eta must be finite and > 0, got Infinity");
        assertMessage(() -> r.withMaxDepth(0), "XGBoostRegressor: maxDepth must be ≥ 1, got 0");
        assertMessage(() -> r.withLambda(-1.0), "XGBoostRegressor: lambda must be finite and ≥ 0, got -1.0");
        assertMessage(() -> r.withGamma(-0.5), "XGBoostRegressor: gamma must be finite and ≥ 0, got -0.5");
        assertMessage(() -> r.withMinChildWeight(Double.NaN), "XGBoostRegressor: minChildWeight must be finite and ≥ 0, got NaN");
        assertMessage(() -> r.withNEstimators(0), "XGBoostRegressor: nEstimators must be ≥ 1, got 0");
        assertMessage(() -> r.withBaseScore(Double.NaN), "XGBoostRegressor: baseScore is NaN");
    }

    @Test
    void badDataIsNamed() {
        XGBoostRegressor r = new XGBoostRegressor().withNEstimators(1);
        assertMessage(() -> r.fit(Data.column(1, Double.NaN, 3, 4), Y), "XGBoostRegressor.fit: X[1][0] is NaN");
        assertMessage(() -> r.fit(X, new double[3]), "XGBoostRegressor.fit: X is 4×1, y has length 3");
        assertMessage(() -> r.fit(X, new double[] {1, 2, Double.NaN, 4}), "XGBoostRegressor.fit: y[2] is NaN");
        XGBoostRegressionModel m = r.fit(X, Y);
        assertMessage(() -> m.predict(Matrix.zeros(2, 2)), "XGBoostRegressionModel.predict: the model has 1 features, X is 2×2");
    }

    @Test
    void theFittedTreesCannotBeChanged() {
        XGBoostRegressionModel m = new XGBoostRegressor().withNEstimators(2).fit(X, Y);
        assertThrows(UnsupportedOperationException.class, () -> m.trees().clear());
    }
}
