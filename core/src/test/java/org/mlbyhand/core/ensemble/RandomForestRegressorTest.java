package org.mlbyhand.core.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mlbyhand.core.ensemble.RandomForestClassifierTest.sameTree;
import static org.mlbyhand.core.ensemble.RegularizedObjectiveTest.assertMessage;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.metrics.RegressionMetrics;
import org.mlbyhand.core.random.Rng;
import org.mlbyhand.core.tree.DecisionTreeRegressor;
import org.mlbyhand.core.tree.MaxFeatures;
import org.mlbyhand.core.tree.RegressionTree;

class RandomForestRegressorTest {
    private static final Dataset<double[]> DATA = Data.regression(4L, 150);
    private static final Matrix NEW_ROWS = Data.regression(5L, 40).X();

    @Test
    void oneThreadAndFourThreadsGrowBitIdenticalForests() {
        RandomForestRegressor forest = new RandomForestRegressor().withNEstimators(30).withOobScore(true)
                .withMaxFeatures(MaxFeatures.fraction(0.5)).withRandomState(23L);
        RandomForestRegressionModel one = forest.withNJobs(1).fit(DATA.X(), DATA.y());
        RandomForestRegressionModel four = forest.withNJobs(4).fit(DATA.X(), DATA.y());
        for (int t = 0; t < 30; t++) {
            sameTree("tree " + t, one.estimators().get(t).tree(), four.estimators().get(t).tree());
        }
        assertArrayEquals(one.predict(NEW_ROWS), four.predict(NEW_ROWS), 0.0);
        assertArrayEquals(one.oobPrediction(), four.oobPrediction(), 0.0);
        assertEquals(one.oobScore(), four.oobScore(), 0.0);
        assertArrayEquals(one.featureImportances(), four.featureImportances(), 0.0);
    }

    @Test
    void everyTreeIsTheDecisionTreeFittedOnItsBootstrapSample() {
        RandomForestRegressionModel m = new RandomForestRegressor().withNEstimators(8).withMaxDepth(5).withRandomState(2L)
                .fit(DATA.X(), DATA.y());
        for (int t = 0; t < 8; t++) {
            Rng rng = new Rng(m.randomStates()[t]);
            double[] counts = Bootstrap.weights(Bootstrap.sampleCounts(rng, DATA.X().rows()));
            RegressionTree expected = new DecisionTreeRegressor().withMaxDepth(5).withMaxFeatures(MaxFeatures.fraction(1.0))
                    .withRandomState(rng.nextLong()).fit(DATA.X(), DATA.y(), counts);
            sameTree("tree " + t, expected.tree(), m.estimators().get(t).tree());
        }
    }

    @Test
    void predictionsAndOutOfBagPredictionsAreMeansOverTheTrees() {
        RandomForestRegressionModel m = new RandomForestRegressor().withNEstimators(10).withOobScore(true).fit(DATA.X(), DATA.y());
        int n = DATA.X().rows();
        double[] mean = new double[NEW_ROWS.rows()];
        double[] oob = new double[n];
        int[] times = new int[n];
        for (int t = 0; t < 10; t++) {
            RegressionTree tree = m.estimators().get(t);
            double[] yHat = tree.predict(NEW_ROWS);
            for (int i = 0; i < mean.length; i++) {
                mean[i] += yHat[i];
            }
            int[] counts = Bootstrap.sampleCounts(new Rng(m.randomStates()[t]), n);
            double[] fitted = tree.predict(DATA.X());
            for (int i = 0; i < n; i++) {
                if (counts[i] == 0) {
                    oob[i] += fitted[i];
                    times[i]++;
                }
            }
        }
        for (int i = 0; i < mean.length; i++) {
            mean[i] /= 10;
        }
        for (int i = 0; i < n; i++) {
            oob[i] /= Math.max(1, times[i]);
        }
        assertArrayEquals(mean, m.predict(NEW_ROWS), 0.0, "(Σ_t ŷ_t)/T in tree order");
        assertArrayEquals(oob, m.oobPrediction(), 0.0);
        assertEquals(RegressionMetrics.r2Score(DATA.y(), oob), m.oobScore(), 0.0);
    }

    @Test
    void theDefaultsAreScikitLearns() {
        assertEquals("RandomForestRegressor(nEstimators=100, criterion=squared_error, maxDepth=None, minSamplesSplit=2,"
                + " minSamplesLeaf=1, minImpurityDecrease=0.0, maxFeatures=1.0, ccpAlpha=0.0, bootstrap=true, oobScore=false,"
                + " nJobs=-1, randomState=0)", new RandomForestRegressor().toString());
    }

    @Test
    void badInputGetsAClearException() {
        RandomForestRegressor f = new RandomForestRegressor();
        assertMessage(() -> f.withNEstimators(-3), "RandomForestRegressor: nEstimators must be ≥ 1, got -3");
        assertMessage(() -> f.withMinSamplesSplit(1), "RandomForestRegressor: minSamplesSplit must be ≥ 2, got 1");
        assertMessage(() -> f.withCcpAlpha(Double.NaN), "RandomForestRegressor: ccpAlpha must be finite and ≥ 0, got NaN");
        assertMessage(() -> f.withCriterion(null), "RandomForestRegressor: criterion is null");
    }
}
