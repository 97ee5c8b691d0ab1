package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.golden.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.decompose.LeastSquares;
import org.mlbyhand.core.decompose.SingularMatrixException;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class LinearRegressionTest {
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 3, 20).dim("p", 1, 6)
            .matrix("X", "n", "p").vector("y", "n")
            .require("n ≥ p + 2", c -> c.dim("n") >= c.dim("p") + 2)
            .require("X is well conditioned", c -> Svd.of(c.matrix("X")).conditionNumber() < 1e3);

    @Test
    void aLineThroughExactPointsIsRecoveredWithItsIntercept() {
        Matrix X = Matrix.column(new double[] {0, 1, 2, 3});
        LinearModel m = new LinearRegression().fit(X, new double[] {1, 3, 5, 7});
        assertArrayEquals(new double[] {2}, m.coef(), Tolerances.ROUNDING);
        assertEquals(1.0, m.intercept(), Tolerances.ROUNDING);
        assertArrayEquals(new double[] {9, 11}, m.predict(Matrix.column(new double[] {4, 5})), Tolerances.ROUNDING);
        assertEquals(0, m.nIter());
        assertArrayEquals(m.coef(), m.parameters().w());
        assertEquals(m.intercept(), m.parameters().b());
    }

    @Test
    void theResidualIsOrthogonalToEveryColumnAndSumsToZero() {
        Property.forAll(PROBLEMS, 1L, Tolerances.TRIALS, c -> {
            Matrix X = c.matrix("X");
            double[] y = c.vector("y");
            double[] r = Vectors.subtract(y, new LinearRegression().fit(X, y).predict(X));
            double scale = X.frobeniusNorm() * Vectors.norm(y);
            assertClose("Xᵀr / (‖X‖‖y‖)", new double[X.cols()], Vectors.scale(1 / scale, X.transpose().multiply(r)), Tolerances.SAME_MATH);
            assertClose("Σr / ‖y‖", 0.0, Vectors.sum(r) / Vectors.norm(y), Tolerances.SAME_MATH);
        });
    }

    @Test
    void qrAndCholeskySolveTheSameNormalEquations() {
        Property.forAll(PROBLEMS, 2L, Tolerances.TRIALS, c -> {
            LinearModel qr = new LinearRegression().fit(c.matrix("X"), c.vector("y"));
            LinearModel chol = new LinearRegression().withSolver(LinearRegression.Solver.CHOLESKY).fit(c.matrix("X"), c.vector("y"));
            double scale = 1 + Vectors.maxAbs(qr.coef());
            assertClose("coef", qr.coef(), chol.coef(), Tolerances.SAME_MATH * scale);
            assertClose("intercept", qr.intercept(), chol.intercept(), Tolerances.SAME_MATH * scale);
        });
    }

    @Test
    void withoutAnInterceptTheFitIsPlainLeastSquares() {
        Property.forAll(PROBLEMS, 3L, Tolerances.TRIALS, c -> {
            LinearModel m = new LinearRegression().withFitIntercept(false).fit(c.matrix("X"), c.vector("y"));
            assertArrayEquals(LeastSquares.solve(c.matrix("X"), c.vector("y")), m.coef());
            assertEquals(0.0, m.intercept());
        });
    }

    @Test
    void dependentColumnsAreRankDeficientAndTheMessageSuggestsRidge() {
        Matrix X = Matrix.of(new double[][] {{1, 2}, {2, 4}, {3, 6}, {4, 8}});
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> new LinearRegression().fit(X, new double[] {1, 2, 3, 5}));
        assertTrue(e.getMessage().startsWith("LinearRegression.fit: the columns of X are linearly dependent"), e.getMessage());
        assertTrue(e.getMessage().contains("use Ridge"), e.getMessage());
        assertEquals(1, e.index());
    }

    @Test
    void tooFewRowsForAUniqueFitAreRejectedWithTheShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinearRegression().fit(Matrix.zeros(3, 3), new double[3]));
        assertEquals("LinearRegression.fit: X is 3×3; 3 coefficients and an intercept need at least 4 rows"
                + " for a unique least-squares fit (use Ridge)", e.getMessage());
    }

    @Test
    void aNullSolverIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LinearRegression().withSolver(null));
    }
}
