package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.data.Split;
import org.mlbyhand.core.data.TrainTestSplit;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.RegressionCriterion;

class GradientBoostingRegressorTest {
    private static final Dataset<double[]> DATA = Data.regression(12L, 160);
    private static final Matrix NEW_ROWS = Data.regression(13L, 30).X();

    @Test
    void theFirstStageFitsATreeToTheResidualsFromTheMean() {
        // Why boosting fits residuals: F₁ = ȳ + ν·tree(y − ȳ) for the squared error.
        double sum = 0.0;
        for (double v : DATA.y()) {
            sum += v;
        }
        double mean = sum / DATA.y().length;
        double[] r = PseudoResiduals.squaredError(DATA.y(), filled(DATA.y().length, mean));
        double[] tree = new DecisionTreeRegressor().withCriterion(RegressionCriterion.FRIEDMAN_MSE).withMaxDepth(3)
                .fit(DATA.X(), r).predict(NEW_ROWS);
        GradientBoostingRegressionModel m = new GradientBoostingRegressor().withNEstimators(1).withLearningRate(0.5)
                .fit(DATA.X(), DATA.y());
        assertEquals(mean, m.initPrediction(), 0.0);
        double[] expected = new double[tree.length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = mean + 0.5 * tree[i];
        }
        assertArrayEquals(expected, m.predict(NEW_ROWS), 0.0);
    }

    @Test
    void theLastStagedPredictionIsThePredictionAndTrainScoreIsTheLossOfEachStage() {
        for (BoostingLoss loss : new BoostingLoss[] {BoostingLoss.SQUARED_ERROR, BoostingLoss.ABSOLUTE_ERROR}) {
            GradientBoostingRegressionModel m = new GradientBoostingRegressor().withLoss(loss).withNEstimators(25).fit(DATA.X(), DATA.y());
            List<double[]> staged = m.stagedPredict(DATA.X());
            assertEquals(25, staged.size());
            assertArrayEquals(m.predict(DATA.X()), staged.get(24), 0.0);
            for (int s = 0; s < 25; s++) {
                double sum = 0.0;
                for (int i = 0; i < DATA.y().length; i++) {
                    double d = DATA.y()[i] - staged.get(s)[i];
                    sum += loss == BoostingLoss.SQUARED_ERROR ? d * d : Math.abs(d);
                }
                assertEquals(sum / DATA.y().length, m.trainScore()[s], ScikitLearnTolerances.SAME_MATH, loss + ", stage " + s);
            }
            assertTrue(m.trainScore()[24] < m.trainScore()[0], loss + ": boosting lowers the training loss");
        }
    }

    @Test
    void huberLeavesAreRobustToAnOutlier() {
        double[] y = DATA.y().clone();
        y[0] = 1e6;
        double squared = new GradientBoostingRegressor().withNEstimators(20).fit(DATA.X(), y).predict(NEW_ROWS)[0];
        double huber = new GradientBoostingRegressor().withLoss(BoostingLoss.HUBER).withNEstimators(20).fit(DATA.X(), y).predict(NEW_ROWS)[0];
        double clean = new GradientBoostingRegressor().withNEstimators(20).fit(DATA.X(), DATA.y()).predict(NEW_ROWS)[0];
        assertTrue(Math.abs(huber - clean) < Math.abs(squared - clean), "huber " + huber + ", squared " + squared + ", clean " + clean);
    }

    @Test
    void earlyStoppingStopsAtTheFirstStageThatBeatsNoneOfTheLastLosses() {
        GradientBoostingRegressor boosting = new GradientBoostingRegressor().withNEstimators(300).withLearningRate(0.5).withMaxDepth(4)
                .withRandomState(8L);
        GradientBoostingRegressionModel stopped = boosting.withNIterNoChange(5).withTol(0.0).fit(DATA.X(), DATA.y());
        int S = stopped.nEstimators();
        assertTrue(S < 300, "the validation loss stops improving: " + S + " stages");
        // The same loop without early stopping on the same training part, and the rule applied by hand.
        Split split = TrainTestSplit.random(DATA.X().rows(), 0.1, 8L);
        GradientBoostingRegressionModel full = boosting.fit(split.train(DATA.X()), split.train(DATA.y()));
        List<double[]> validation = full.stagedPredict(split.test(DATA.X()));
        double[] history = filled(5, Double.POSITIVE_INFINITY);
        int expected = 300;
        for (int s = 0; s < 300; s++) {
            double v = mse(split.test(DATA.y()), validation.get(s));
            if (!Boosting.improves(v, history, s, 0.0)) {
                expected = s + 1;
                break;
            }
        }
        assertEquals(expected, S);
        assertArrayEquals(Arrays.copyOf(full.trainScore(), S), stopped.trainScore(), 0.0, "the same first S stages");
        assertArrayEquals(full.stagedPredict(NEW_ROWS).get(S - 1), stopped.predict(NEW_ROWS), 0.0);
    }

    @Test
    void subsamplingIsSeededAndFitsEachStageOnItsShareOfTheRows() {
        GradientBoostingRegressor boosting = new GradientBoostingRegressor().withNEstimators(10).withSubsample(0.5);
        GradientBoostingRegressionModel a = boosting.withRandomState(1L).fit(DATA.X(), DATA.y());
        assertArrayEquals(a.predict(NEW_ROWS), boosting.withRandomState(1L).fit(DATA.X(), DATA.y()).predict(NEW_ROWS), 0.0);
        assertFalse(Arrays.equals(a.predict(NEW_ROWS), boosting.withRandomState(2L).fit(DATA.X(), DATA.y()).predict(NEW_ROWS)));
        for (BoostedTree tree : a.estimators()) {
            assertEquals(80, tree.tree().nNodeSamples()[0], "⌊0.5·160⌋ rows per stage");
        }
    }

    @Test
    void theDefaultsAreScikitLearns() {
        GradientBoostingRegressor g = new GradientBoostingRegressor();
        assertEquals("GradientBoostingRegressor(loss=squared_error, learningRate=0.1, nEstimators=100, subsample=1.0,"
                + " criterion=friedman_mse, maxDepth=3, minSamplesSplit=2, minSamplesLeaf=1, minImpurityDecrease=0.0,"
                + " maxFeatures=None, ccpAlpha=0.0, randomState=0, validationFraction=0.1, nIterNoChange=None, tol=1.0E-4,"
                + " alpha=0.9)", g.toString());
        assertEquals(OptionalInt.empty(), g.nIterNoChange());
        assertEquals(OptionalInt.of(4), g.withNIterNoChange(4).nIterNoChange());
        assertEquals(OptionalInt.empty(), g.withNIterNoChange(4).withoutEarlyStopping().nIterNoChange());
    }

    @Test
    void badInputGetsAClearException() {
        GradientBoostingRegressor g = new GradientBoostingRegressor();
        assertMessage(() -> g.withNEstimators(0), "GradientBoostingRegressor: nEstimators must be ≥ 1, got 0");
        assertMessage(() -> g.withLearningRate(0.0), "GradientBoostingRegressor: learningRate must be finite and > 0, got 0.0");
        assertMessage(() -> g.withLearningRate(-0.1), "GradientBoostingRegressor: learningRate must be finite and > 0, got -0.1");
        assertMessage(() -> g.withLearningRate(Double.NaN), "GradientBoostingRegressor: learningRate must be finite and > 0, got NaN");
        assertMessage(() -> g.withSubsample(0.0), "GradientBoostingRegressor: subsample must be in (0, 1], got 0.0");
        assertMessage(() -> g.withSubsample(1.5), "GradientBoostingRegressor: subsample must be in (0, 1], got 1.5");
        assertMessage(() -> g.withAlpha(1.0), "GradientBoostingRegressor: alpha must be in (0, 1), got 1.0");
        assertMessage(() -> g.withValidationFraction(0.0), "GradientBoostingRegressor: validationFraction must be in (0, 1), got 0.0");
        assertMessage(() -> g.withNIterNoChange(0), "GradientBoostingRegressor: nIterNoChange must be ≥ 1, got 0");
        assertMessage(() -> g.withTol(-1.0), "GradientBoostingRegressor: tol must be finite and ≥ 0, got -1.0");
        assertMessage(() -> g.withMaxDepth(0), "GradientBoostingRegressor: maxDepth must be ≥ 1, got 0");
        assertMessage(() -> g.withLoss(null), "GradientBoostingRegressor: loss is null");
        Matrix nan = DATA.X().copy();
        nan.set(0, 0, Double.NaN);
        assertMessage(() -> g.fit(nan, DATA.y()), "GradientBoostingRegressor.fit: X[0][0] is NaN");
    }

    private static double mse(double[] y, double[] yHat) {
        double sum = 0.0;
        for (int i = 0; i < y.length; i++) {
            sum += (y[i] - yHat[i]) * (y[i] - yHat[i]);
        }
        return 1.0 / y.length * sum;
    }

    static double[] filled(int n, double value) {
        double[] a = new double[n];
        Arrays.fill(a, value);
        return a;
    }
}
