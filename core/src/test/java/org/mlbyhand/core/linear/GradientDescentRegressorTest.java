package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.golden.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Vectors;

class GradientDescentRegressorTest {
    @Test
    void gradientDescentReachesTheLeastSquaresSolution() {
        Data.Problem d = Data.regression(1L, 80, 4, 0.5);
        LinearModel ols = new LinearRegression().fit(d.X(), d.y());
        LinearModel gd = new GradientDescentRegressor().withTol(1e-10).withMaxIter(100_000).fit(d.X(), d.y());
        assertTrue(gd.nIter() < 100_000, "converged before the cap");
        assertClose("coef", ols.coef(), gd.coef(), 1e-8);
        assertClose("intercept", ols.intercept(), gd.intercept(), 1e-8);
    }

    @Test
    void atTheReturnedPointTheMseGradientIsWithinTol() {
        Data.Problem d = Data.regression(2L, 50, 3, 1.0);
        LinearModel m = new GradientDescentRegressor().withTol(1e-7).withMaxIter(100_000).fit(d.X(), d.y());
        LinearGradient g = Losses.mseGradient(d.X(), d.y(), m.coef(), m.intercept());
        assertTrue(Math.max(Vectors.maxAbs(g.dw()), Math.abs(g.db())) <= 1e-7);
    }

    @Test
    void withoutAnInterceptTheInterceptStaysZero() {
        Data.Problem d = Data.regression(3L, 50, 3, 1.0);
        LinearModel m = new GradientDescentRegressor().withFitIntercept(false).withTol(1e-10).withMaxIter(100_000).fit(d.X(), d.y());
        assertEquals(0.0, m.intercept());
        assertClose("coef", new LinearRegression().withFitIntercept(false).fit(d.X(), d.y()).coef(), m.coef(), 1e-8);
    }

    @Test
    void aStepSizeFarAboveTwoOverLDivergesWithAnExplanation() {
        Data.Problem d = Data.regression(4L, 50, 3, 1.0);
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> new GradientDescentRegressor().withLearningRate(10.0).withMaxIter(10_000).fit(d.X(), d.y()));
        assertTrue(e.getMessage().contains("learningRate 10.0 is too large"), e.getMessage());
    }

    @Test
    void oneStepFromZeroIsMinusTheLearningRateTimesTheGradient() {
        Data.Problem d = Data.regression(5L, 20, 2, 1.0);
        LinearModel m = new GradientDescentRegressor().withLearningRate(0.01).withMaxIter(1).withTol(0).fit(d.X(), d.y());
        LinearGradient g = Losses.mseGradient(d.X(), d.y(), new double[2], 0.0);
        assertArrayEquals(Vectors.scale(-0.01, g.dw()), m.coef());
        assertEquals(-0.01 * g.db(), m.intercept());
        assertEquals(1, m.nIter());
    }
}
