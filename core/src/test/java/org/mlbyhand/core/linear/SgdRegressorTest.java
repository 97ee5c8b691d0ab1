package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mlbyhand.core.golden.Close.assertClose;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SgdRegressorTest {
    @Test
    void theSameSeedGivesBitIdenticalModels() {
        Data.Problem d = Data.regression(1L, 100, 4, 1.0);
        LinearModel a = new SgdRegressor(42L).withBatchSize(8).withMaxIter(20).fit(d.X(), d.y());
        LinearModel b = new SgdRegressor(42L).withBatchSize(8).withMaxIter(20).fit(d.X(), d.y());
        assertArrayEquals(a.coef(), b.coef());
        assertEquals(a.intercept(), b.intercept());
    }

    @Test
    void anotherSeedShufflesDifferently() {
        Data.Problem d = Data.regression(2L, 100, 4, 1.0);
        LinearModel a = new SgdRegressor(1L).withBatchSize(8).withMaxIter(5).fit(d.X(), d.y());
        LinearModel b = new SgdRegressor(1L).withSeed(2L).withBatchSize(8).withMaxIter(5).fit(d.X(), d.y());
        assertFalse(Arrays.equals(a.coef(), b.coef()));
    }

    @Test
    void smallStepsAndManyEpochsEndNearTheLeastSquaresSolution() {
        Data.Problem d = Data.regression(3L, 200, 3, 0.5);
        LinearModel ols = new LinearRegression().fit(d.X(), d.y());
        LinearModel sgd = new SgdRegressor(7L).withLearningRate(0.005).withBatchSize(16).withMaxIter(300).fit(d.X(), d.y());
        assertClose("coef", ols.coef(), sgd.coef(), 0.02);
        assertClose("intercept", ols.intercept(), sgd.intercept(), 0.02);
        assertEquals(300, sgd.nIter());
    }

    @Test
    void oneFullBatchEpochIsOneGradientStep() {
        Data.Problem d = Data.regression(4L, 30, 2, 1.0);
        LinearModel sgd = new SgdRegressor(9L).withLearningRate(0.01).withBatchSize(30).withMaxIter(1).fit(d.X(), d.y());
        LinearModel gd = new GradientDescentRegressor().withLearningRate(0.01).withMaxIter(1).withTol(0).fit(d.X(), d.y());
        assertClose("coef (the batch sums rows in shuffled order)", gd.coef(), sgd.coef(), 1e-14);
    }

    @Test
    void invalidHyperParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SgdRegressor(1L).withBatchSize(0));
        assertThrows(IllegalArgumentException.class, () -> new SgdRegressor(1L).withLearningRate(0.0));
        assertThrows(IllegalArgumentException.class, () -> new SgdRegressor(1L).withMaxIter(0));
    }
}
