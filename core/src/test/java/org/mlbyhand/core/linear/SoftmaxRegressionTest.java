package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.golden.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.functions.Losses;
import org.mlbyhand.core.functions.SoftmaxGradient;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;

class SoftmaxRegressionTest {
    @Test
    void atTheFitTheGradientOfTheObjectiveVanishes() {
        Data.Problem d = Data.classes(1L, 150, 4, 3, 1.5);
        for (double C : new double[] {0.1, 1.0, 100.0}) {
            SoftmaxModel m = new SoftmaxRegression().withC(C).withTol(Tolerances.TIGHT).fit(d.X(), d.labels());
            SoftmaxGradient g = Losses.softmaxCrossEntropyGradient(d.X(), d.labels(), m.coef(), m.intercept());
            double cn = C * d.X().rows();
            assertClose("∂/∂W at C = " + C, Matrix.zeros(3, 4), g.dW().scale(cn).plus(m.coef()), Tolerances.OPTIMALITY * cn);
            assertClose("∂/∂b at C = " + C, new double[3], Vectors.scale(cn, g.db()), Tolerances.OPTIMALITY * cn);
        }
    }

    @Test
    void theInterceptsSumToZero() {
        Data.Problem d = Data.classes(2L, 90, 3, 3, 2.0);
        SoftmaxModel m = new SoftmaxRegression().fit(d.X(), d.labels());
        assertEquals(0.0, Vectors.sum(m.intercept()), Tolerances.ROUNDING);
    }

    @Test
    void twoClassSoftmaxAtCIsBinaryLogisticAtTwoC() {
        Data.Problem d = Data.binary(3L, 100, 3, 1.0);
        SoftmaxModel soft = new SoftmaxRegression().withC(0.5).withTol(Tolerances.TIGHT).fit(d.X(), d.labels());
        LogisticModel binary = new LogisticRegression().withC(1.0).withTol(Tolerances.TIGHT).fit(d.X(), d.labels());
        double[] w = Vectors.subtract(soft.coef().row(1), soft.coef().row(0));
        assertClose("W₁ − W₀", binary.coef(), w, 1e-9);
        assertClose("b₁ − b₀", binary.intercept(), soft.intercept()[1] - soft.intercept()[0], 1e-9);
        assertClose("P(y = 1)", binary.predictPositiveProba(d.X()), soft.predictProba(d.X()).column(1), 1e-9);
    }

    @Test
    void newtonAndGradientDescentFindTheSameMinimizer() {
        Data.Problem d = Data.classes(4L, 60, 3, 3, 1.0);
        SoftmaxModel newton = new SoftmaxRegression().withTol(1e-12).fit(d.X(), d.labels());
        SoftmaxModel gd = new SoftmaxRegression().withSolver(LogisticRegression.Solver.GRADIENT_DESCENT)
                .withTol(1e-10).withMaxIter(200_000).fit(d.X(), d.labels());
        assertClose("coef", newton.coef(), gd.coef(), 1e-7);
        assertClose("intercept", newton.intercept(), gd.intercept(), 1e-7);
    }

    @Test
    void withoutPenaltyTheCoefficientsOfEachFeatureSumToZero() {
        Data.Problem d = Data.classes(5L, 150, 3, 3, 1.0);
        SoftmaxModel m = new SoftmaxRegression().withC(Double.POSITIVE_INFINITY).withTol(Tolerances.TIGHT).fit(d.X(), d.labels());
        assertClose("Σ_c W_c", new double[3], m.coef().columnSums(), 1e-12);
    }

    @Test
    void predictionsAreTheMostProbableClass() {
        Data.Problem d = Data.classes(6L, 60, 3, 3, 3.0);
        SoftmaxModel m = new SoftmaxRegression().fit(d.X(), d.labels());
        Matrix P = m.predictProba(d.X());
        int[] labels = m.predict(d.X());
        for (int i = 0; i < labels.length; i++) {
            assertEquals(1.0, Vectors.sum(P.row(i)), 1e-15);
            for (int c = 0; c < 3; c++) {
                assertTrue(P.get(i, c) <= P.get(i, labels[i]));
            }
        }
    }

    @Test
    void aMissingClassIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SoftmaxRegression().fit(Matrix.identity(3), new int[] {0, 2, 2}));
        assertTrue(e.getMessage().startsWith("SoftmaxRegression.fit: class 1 has no rows"), e.getMessage());
    }
}
