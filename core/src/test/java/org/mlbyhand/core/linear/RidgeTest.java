package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.golden.Close.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.decompose.Svd;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class RidgeTest {
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 15).dim("p", 1, 8)
            .matrix("X", "n", "p").vector("y", "n").scalar("alpha", 0.01, 10.0);

    @Test
    void ridgeWithAlphaZeroEqualsOrdinaryLeastSquares() {
        Property.forAll(PROBLEMS.require("n ≥ p + 2, well conditioned",
                c -> c.dim("n") >= c.dim("p") + 2 && Svd.of(c.matrix("X")).conditionNumber() < 1e3), 1L, Tolerances.TRIALS, c -> {
            LinearModel ols = new LinearRegression().fit(c.matrix("X"), c.vector("y"));
            LinearModel ridge = new Ridge(0.0).fit(c.matrix("X"), c.vector("y"));
            double scale = 1 + Vectors.maxAbs(ols.coef());
            assertClose("coef", ols.coef(), ridge.coef(), Tolerances.SAME_MATH * scale);
            assertClose("intercept", ols.intercept(), ridge.intercept(), Tolerances.SAME_MATH * scale);
        });
    }

    @Test
    void theCoefficientsSolveThePenalizedNormalEquationsEvenWhenPExceedsN() {
        Property.forAll(PROBLEMS, 2L, Tolerances.TRIALS, c -> {
            Matrix X = c.matrix("X");
            double alpha = c.scalar("alpha");
            LinearModel m = new Ridge(alpha).fit(X, c.vector("y"));
            Matrix Xc = X.minus(Matrix.filled(X.rows(), 1, 1.0).multiply(Matrix.row(X.columnMeans())));
            double[] r = Vectors.subtract(c.vector("y"), m.predict(X));
            // (XcᵀXc + αI)w = Xcᵀyc  ⇔  Xcᵀr = α·w  (r has zero mean, so Xcᵀr = Xcᵀ(yc − Xc·w))
            double[] lhs = Xc.transpose().multiply(r);
            double scale = 1 + X.frobeniusNorm() * Vectors.norm(c.vector("y"));
            assertClose("Xcᵀr − αw", Vectors.scale(alpha, m.coef()), lhs, Tolerances.SAME_MATH * scale);
            assertClose("Σr", 0.0, Vectors.sum(r), Tolerances.SAME_MATH * scale);
        });
    }

    @Test
    void thePathFromOneSvdEqualsOneFitPerAlpha() {
        double[] alphas = {10.0, 0.1, 1.0, 0.0};
        Property.forAll(PROBLEMS.require("n ≥ p + 2, well conditioned",
                c -> c.dim("n") >= c.dim("p") + 2 && Svd.of(c.matrix("X")).conditionNumber() < 1e3), 3L, Tolerances.TRIALS, c -> {
            List<LinearModel> path = new Ridge().path(c.matrix("X"), c.vector("y"), alphas);
            for (int i = 0; i < alphas.length; i++) {
                LinearModel single = new Ridge(alphas[i]).fit(c.matrix("X"), c.vector("y"));
                double scale = 1 + Vectors.maxAbs(single.coef());
                assertClose("coef at alpha " + alphas[i], single.coef(), path.get(i).coef(), Tolerances.SAME_MATH * scale);
                assertClose("intercept at alpha " + alphas[i], single.intercept(), path.get(i).intercept(), Tolerances.SAME_MATH * scale);
            }
        });
    }

    @Test
    void aHugePenaltyShrinksEveryCoefficientToZeroAndLeavesTheMean() {
        Data.Problem d = Data.regression(4L, 30, 3, 0.1);
        LinearModel m = new Ridge(1e12).fit(d.X(), d.y());
        assertTrue(Vectors.maxAbs(m.coef()) < 1e-9, () -> java.util.Arrays.toString(m.coef()));
        assertEquals(Vectors.sum(d.y()) / 30, m.intercept(), 1e-8);
    }

    @Test
    void theInterceptIsNotPenalized() {
        Matrix X = Matrix.column(new double[] {-1, 0, 1});
        LinearModel m = new Ridge(1.0).fit(X, new double[] {99, 100, 101});
        // ‖yc − x·w‖² + w²: w = xᵀyc/(xᵀx + 1) = 2/3, b = ȳ = 100 however large the offset.
        assertArrayEquals(new double[] {2.0 / 3.0}, m.coef(), Tolerances.ROUNDING);
        assertEquals(100.0, m.intercept(), Tolerances.ROUNDING * 100);
    }

    @Test
    void aNegativeOrNonFiniteAlphaIsRejectedWithItsValue() {
        assertEquals("Ridge: alpha must be finite and ≥ 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> new Ridge(-1.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Ridge().withAlpha(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new Ridge().path(Matrix.identity(2), new double[2], new double[] {1.0, -0.5}));
        assertThrows(IllegalArgumentException.class, () -> new Ridge().path(Matrix.identity(2), new double[2], new double[0]));
    }
}
