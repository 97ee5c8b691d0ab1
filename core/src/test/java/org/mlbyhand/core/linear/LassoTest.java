package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mlbyhand.core.golden.Close.assertClose;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

class LassoTest {
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 2, 15).dim("p", 1, 8)
            .matrix("X", "n", "p").vector("y", "n").scalar("fraction", 0.01, 1.2);

    @Test
    void lassoOnAnOrthogonalDesignEqualsSoftThresholdingOfLeastSquares() {
        int n = 10;
        Rng rng = new Rng(8L);
        Matrix Q = RandomMatrices.orthogonal(rng, n).slice(0, n, 0, 4).scale(Math.sqrt(n));   // QᵀQ = n·I
        double[] y = RandomMatrices.gaussian(rng, n);
        double[] ols = new LinearRegression().withFitIntercept(false).fit(Q, y).coef();
        for (double alpha : new double[] {0.05, 0.3, 1.0}) {
            LinearModel lasso = new Lasso(alpha).withFitIntercept(false).withTol(Tolerances.TIGHT).fit(Q, y);
            double[] expected = new double[4];
            for (int j = 0; j < 4; j++) {
                expected[j] = CoordinateDescent.softThreshold(ols[j], alpha);
            }
            assertClose("coef at alpha " + alpha, expected, lasso.coef(), Tolerances.ROUNDING);
        }
    }

    @Test
    void theFitSatisfiesTheSubgradientOptimalityConditions() {
        Property.forAll(PROBLEMS, 1L, Tolerances.TRIALS, c -> {
            Matrix X = c.matrix("X");
            double[] y = c.vector("y");
            Lasso lasso = new Lasso().withTol(Tolerances.TIGHT).withMaxIter(100_000);
            double alpha = c.scalar("fraction") * lasso.alphaMax(X, y);
            LinearModel m = lasso.withAlpha(alpha).fit(X, y);
            double[] r = Vectors.subtract(y, m.predict(X));
            assertEquals(0.0, Vectors.sum(r) / X.rows(), Tolerances.OPTIMALITY, "mean residual");
            double[] corr = Vectors.scale(1.0 / X.rows(), centred(X).transpose().multiply(r));  // (1/n)·Xcᵀr
            double scale = 1 + Vectors.norm(y);
            for (int j = 0; j < X.cols(); j++) {
                double w = m.coef()[j];
                if (w != 0) {
                    assertEquals(alpha * Math.signum(w), corr[j], Tolerances.OPTIMALITY * scale, "active coefficient " + j);
                } else if (Math.abs(corr[j]) > alpha + Tolerances.OPTIMALITY * scale) {
                    fail("zero coefficient " + j + " has |correlation| " + Math.abs(corr[j]) + " > alpha " + alpha);
                }
            }
        });
    }

    @Test
    void everyCoefficientIsZeroFromAlphaMaxOn() {
        Data.Problem d = Data.regression(2L, 40, 5, 1.0);
        Lasso lasso = new Lasso();
        double alphaMax = lasso.alphaMax(d.X(), d.y());
        assertArrayEquals(new double[5], lasso.withAlpha(alphaMax).fit(d.X(), d.y()).coef());
        assertArrayEquals(new double[5], lasso.withAlpha(2 * alphaMax).fit(d.X(), d.y()).coef());
        assertTrue(Vectors.maxAbs(lasso.withAlpha(0.99 * alphaMax).fit(d.X(), d.y()).coef()) > 0);
    }

    @Test
    void theWarmStartedPathMatchesColdFitsAndKeepsTheOrderOfTheAlphas() {
        Data.Problem d = Data.regression(3L, 60, 6, 2.0);
        Lasso lasso = new Lasso().withTol(Tolerances.TIGHT);
        double alphaMax = lasso.alphaMax(d.X(), d.y());
        double[] alphas = {0.01 * alphaMax, alphaMax, 0.1 * alphaMax, 0.5 * alphaMax, 0.001 * alphaMax};
        List<LinearModel> path = lasso.path(d.X(), d.y(), alphas);
        assertEquals(alphas.length, path.size());
        for (int i = 0; i < alphas.length; i++) {
            LinearModel cold = lasso.withAlpha(alphas[i]).fit(d.X(), d.y());
            assertClose("coef at alpha " + alphas[i], cold.coef(), path.get(i).coef(), 1e-8);
            assertClose("intercept at alpha " + alphas[i], cold.intercept(), path.get(i).intercept(), 1e-8);
        }
    }

    @Test
    void warmStartsSaveSweeps() {
        Data.Problem d = Data.regression(4L, 60, 6, 2.0);
        Lasso lasso = new Lasso().withTol(1e-10);
        double alphaMax = lasso.alphaMax(d.X(), d.y());
        double[] alphas = new double[10];
        for (int i = 0; i < alphas.length; i++) {
            alphas[i] = alphaMax * Math.pow(0.5, i + 1);
        }
        int warm = lasso.path(d.X(), d.y(), alphas).stream().mapToInt(LinearModel::nIter).sum();
        int cold = java.util.Arrays.stream(alphas).mapToInt(a -> lasso.withAlpha(a).fit(d.X(), d.y()).nIter()).sum();
        assertTrue(warm < cold, () -> "warm " + warm + " sweeps, cold " + cold);
    }

    @Test
    void aFitThatRunsOutOfSweepsReportsMaxIter() {
        Data.Problem d = Data.regression(5L, 50, 6, 1.0);
        assertEquals(2, new Lasso(0.01).withMaxIter(2).withTol(0.0).fit(d.X(), d.y()).nIter());
    }

    @Test
    void aNegativeAlphaIsRejectedNamingTheLasso() {
        assertEquals("Lasso: alpha must be finite and ≥ 0, got -0.5",
                assertThrows(IllegalArgumentException.class, () -> new Lasso(-0.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Lasso().withMaxIter(0));
        assertThrows(IllegalArgumentException.class, () -> new Lasso().withTol(-1));
    }

    /** X − 1·x̄ᵀ. */
    static Matrix centred(Matrix X) {
        return X.minus(Matrix.filled(X.rows(), 1, 1.0).multiply(Matrix.row(X.columnMeans())));
    }
}
