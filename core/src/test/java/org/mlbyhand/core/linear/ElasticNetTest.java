package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mlbyhand.core.golden.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class ElasticNetTest {
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 2, 15).dim("p", 1, 8)
            .matrix("X", "n", "p").vector("y", "n").scalar("alpha", 0.01, 2.0).scalar("l1Ratio", 0.0, 1.0);

    @Test
    void theFitSatisfiesTheElasticNetOptimalityConditions() {
        Property.forAll(PROBLEMS, 1L, Tolerances.TRIALS, c -> {
            Matrix X = c.matrix("X");
            double alpha = c.scalar("alpha");
            double rho = c.scalar("l1Ratio");
            LinearModel m = new ElasticNet(alpha).withL1Ratio(rho).withTol(Tolerances.TIGHT).withMaxIter(100_000).fit(X, c.vector("y"));
            double[] r = Vectors.subtract(c.vector("y"), m.predict(X));
            double[] corr = Vectors.scale(1.0 / X.rows(), LassoTest.centred(X).transpose().multiply(r));
            double scale = 1 + Vectors.norm(c.vector("y"));
            for (int j = 0; j < X.cols(); j++) {
                double w = m.coef()[j];
                double smooth = corr[j] - alpha * (1 - rho) * w;     // what the ℓ1 subgradient must balance
                if (w != 0) {
                    assertEquals(alpha * rho * Math.signum(w), smooth, Tolerances.OPTIMALITY * scale, "active coefficient " + j);
                } else if (Math.abs(smooth) > alpha * rho + Tolerances.OPTIMALITY * scale) {
                    fail("zero coefficient " + j + ": |gradient| " + Math.abs(smooth) + " > alpha·l1Ratio " + alpha * rho);
                }
            }
        });
    }

    @Test
    void anL1RatioOfZeroIsRidgeWithAlphaTimesN() {
        Data.Problem d = Data.regression(6L, 30, 4, 1.0);
        double alpha = 0.2;
        LinearModel enet = new ElasticNet(alpha).withL1Ratio(0.0).withTol(1e-15).withMaxIter(100_000).fit(d.X(), d.y());
        LinearModel ridge = new Ridge(alpha * 30).fit(d.X(), d.y());     // n·(½α‖w‖² + 1/(2n)‖r‖²) = ½(‖r‖² + nα‖w‖²)
        assertClose("coef", ridge.coef(), enet.coef(), 1e-10);
        assertClose("intercept", ridge.intercept(), enet.intercept(), 1e-10);
    }

    @Test
    void anL1RatioOfOneIsTheLasso() {
        Data.Problem d = Data.regression(7L, 30, 4, 1.0);
        LinearModel enet = new ElasticNet(0.3).withL1Ratio(1.0).fit(d.X(), d.y());
        LinearModel lasso = new Lasso(0.3).fit(d.X(), d.y());
        assertClose("coef", lasso.coef(), enet.coef(), 0.0);
        assertEquals(lasso.nIter(), enet.nIter());
    }

    @Test
    void alphaMaxWithoutAnL1PartIsInfinite() {
        Data.Problem d = Data.regression(8L, 10, 2, 1.0);
        assertTrue(Double.isInfinite(new ElasticNet().withL1Ratio(0.0).alphaMax(d.X(), d.y())));
    }

    @Test
    void anL1RatioOutsideZeroOneIsRejectedWithItsValue() {
        assertEquals("ElasticNet: l1Ratio must be in [0, 1], got 1.5",
                assertThrows(IllegalArgumentException.class, () -> new ElasticNet().withL1Ratio(1.5)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ElasticNet().withL1Ratio(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new ElasticNet(-1e-9));
    }
}
