package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.golden.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.functions.Activations;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;

class LogisticRegressionTest {
    @Test
    void atTheFitTheGradientOfTheObjectiveVanishes() {
        for (double C : new double[] {0.01, 1.0, 100.0}) {
            Data.Problem d = Data.binary(1L, 120, 4, 1.5);
            LogisticModel m = new LogisticRegression().withC(C).withTol(Tolerances.TIGHT).fit(d.X(), d.labels());
            // ∇[C·Σ logloss + ½‖w‖²] = C·n·∇bce + (w, 0)
            LinearGradient g = Losses.binaryCrossEntropyGradient(d.X(), d.labels(), m.coef(), m.intercept());
            double n = d.X().rows();
            double[] dw = Vectors.add(Vectors.scale(C * n, g.dw()), m.coef());
            assertClose("∂/∂w at C = " + C, new double[4], dw, Tolerances.OPTIMALITY * C * n);
            assertClose("∂/∂b at C = " + C, 0.0, C * n * g.db(), Tolerances.OPTIMALITY * C * n);
        }
    }

    @Test
    void newtonAndGradientDescentFindTheSameMinimizer() {
        Data.Problem d = Data.binary(2L, 100, 3, 1.0);
        LogisticModel newton = new LogisticRegression().withTol(1e-12).fit(d.X(), d.labels());
        LogisticModel gd = new LogisticRegression().withSolver(LogisticRegression.Solver.GRADIENT_DESCENT)
                .withTol(1e-10).withMaxIter(100_000).fit(d.X(), d.labels());
        assertTrue(newton.nIter() < 20, "Newton converges in a handful of steps, took " + newton.nIter());
        assertTrue(gd.nIter() > newton.nIter());
        assertClose("coef", newton.coef(), gd.coef(), 1e-7);
        assertClose("intercept", newton.intercept(), gd.intercept(), 1e-7);
    }

    @Test
    void predictionsThresholdTheScoreAtZero() {
        Data.Problem d = Data.binary(3L, 80, 2, 2.0);
        LogisticModel m = new LogisticRegression().fit(d.X(), d.labels());
        double[] z = m.decisionFunction(d.X());
        double[] p = m.predictPositiveProba(d.X());
        int[] labels = m.predict(d.X());
        for (int i = 0; i < z.length; i++) {
            assertEquals(Activations.sigmoid(z[i]), p[i]);
            assertEquals(z[i] > 0 ? 1 : 0, labels[i]);
        }
        assertArrayEquals(m.coef(), m.parameters().w());
        assertEquals(m.intercept(), m.parameters().b());
    }

    @Test
    void theProbabilityMatrixHoldsBothClassesWithoutCancellation() {
        Data.Problem d = Data.binary(3L, 80, 2, 2.0);
        LogisticModel m = new LogisticRegression().fit(d.X(), d.labels());
        double[] z = m.decisionFunction(d.X());
        Matrix P = m.predictProba(d.X());
        assertEquals(2, m.numClasses());
        assertArrayEquals(m.predictPositiveProba(d.X()), P.column(1), "column 1 is P(y = 1), bit for bit");
        for (int i = 0; i < z.length; i++) {
            assertEquals(Activations.sigmoid(-z[i]), P.get(i, 0), "row " + i + ": P(y = 0) = σ(−z)");
        }
    }

    @Test
    void aSmallerCShrinksTheCoefficients() {
        Data.Problem d = Data.binary(4L, 100, 3, 2.0);
        double strong = Vectors.norm(new LogisticRegression().withC(0.01).fit(d.X(), d.labels()).coef());
        double weak = Vectors.norm(new LogisticRegression().withC(100).fit(d.X(), d.labels()).coef());
        assertTrue(strong < weak, strong + " vs " + weak);
    }

    @Test
    void separableDataWithoutPenaltyGrowsTheCoefficientsUntilTheGradientIsTiny() {
        Matrix X = Matrix.column(new double[] {-2, -1, 1, 2});
        LogisticModel m = new LogisticRegression().withC(Double.POSITIVE_INFINITY).withTol(1e-10).withMaxIter(1000).fit(X, new int[] {0, 0, 1, 1});
        assertArrayEquals(new int[] {0, 0, 1, 1}, m.predict(X));
        assertTrue(m.coef()[0] > 10, "w = " + m.coef()[0]);
    }

    @Test
    void dependentColumnsWithoutPenaltyMakeNewtonThrowWithAnExplanation() {
        Matrix X = Matrix.of(new double[][] {{1, 1}, {2, 2}, {-1, -1}, {0.5, 0.5}, {-2, -2}});
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> new LogisticRegression().withC(Double.POSITIVE_INFINITY).fit(X, new int[] {0, 1, 1, 0, 0}));
        assertTrue(e.getMessage().startsWith("LogisticRegression.fit: the Hessian is singular"), e.getMessage());
        assertTrue(e.getMessage().contains("use a finite C"), e.getMessage());
    }

    @Test
    void aSingleClassIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression().fit(Matrix.identity(3), new int[] {1, 1, 1}));
        assertEquals("LogisticRegression.fit: class 0 has no rows (labels must be 0, 1, …, k−1 with every class present; k = 2)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LogisticRegression().fit(Matrix.identity(3), new int[] {0, 0, 0}));
    }

    @Test
    void moreThanTwoClassesPointToSoftmaxRegression() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression().fit(Matrix.identity(3), new int[] {0, 1, 2}));
        assertTrue(e.getMessage().contains("use SoftmaxRegression"), e.getMessage());
    }

    @Test
    void aNonPositiveCIsRejected() {
        assertEquals("LogisticRegression: C must be > 0 (+∞ for no penalty), got 0.0",
                assertThrows(IllegalArgumentException.class, () -> new LogisticRegression().withC(0.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LogisticRegression().withC(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new LogisticRegression().withLearningRate(-1));
    }

    @Test
    void withoutAnInterceptTheInterceptIsZero() {
        Data.Problem d = Data.binary(5L, 60, 2, 1.0);
        LogisticModel m = new LogisticRegression().withFitIntercept(false).fit(d.X(), d.labels());
        assertEquals(0.0, m.intercept());
        assertArrayEquals(m.decisionFunction(d.X()), d.X().multiply(m.coef()));
    }
}
