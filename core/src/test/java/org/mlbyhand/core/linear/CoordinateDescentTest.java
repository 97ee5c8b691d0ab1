package org.mlbyhand.core.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.golden.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

class CoordinateDescentTest {
    private static final CaseGen PROBLEMS = CaseGen.create().dim("n", 1, 15).dim("p", 1, 8)
            .matrix("X", "n", "p").vector("y", "n").vector("w", "p")
            .scalar("alpha", 0.0, 1.0).scalar("l1Ratio", 0.0, 1.0);

    @Test
    void softThresholdShrinksTowardsZeroAndStopsThere() {
        assertEquals(2.0, CoordinateDescent.softThreshold(3.0, 1.0));
        assertEquals(-2.0, CoordinateDescent.softThreshold(-3.0, 1.0));
        assertEquals(0.0, CoordinateDescent.softThreshold(0.5, 1.0));
        assertEquals(0.0, CoordinateDescent.softThreshold(-1.0, 1.0));
        assertEquals(0.0, CoordinateDescent.softThreshold(1.0, 1.0));
        assertEquals(3.0, CoordinateDescent.softThreshold(3.0, 0.0));
        assertTrue(Double.isNaN(CoordinateDescent.softThreshold(Double.NaN, 1.0)));
        assertThrows(IllegalArgumentException.class, () -> CoordinateDescent.softThreshold(1.0, -0.1));
    }

    @Test
    void softThresholdIsTheMinimizerOfHalfSquaredDistancePlusAbsolutePenalty() {
        Rng rng = new Rng(5L);
        for (int t = 0; t < 200; t++) {
            double z = 3 * rng.nextGaussian();
            double gamma = rng.uniform(0, 2);
            double s = CoordinateDescent.softThreshold(z, gamma);
            double best = 0.5 * (s - z) * (s - z) + gamma * Math.abs(s);
            for (double d : new double[] {-1e-3, 1e-3, -0.1, 0.1}) {
                double w = s + d;
                assertTrue(0.5 * (w - z) * (w - z) + gamma * Math.abs(w) >= best, () -> "z=" + z + ", γ=" + gamma);
            }
        }
    }

    @Test
    void aSweepNeverIncreasesTheObjective() {
        Property.forAll(PROBLEMS, 1L, Tolerances.TRIALS, c -> {
            double before = objective(c, c.vector("w"));
            double[] next = CoordinateDescent.coordinateSweep(c.matrix("X"), c.vector("y"), c.vector("w"), c.scalar("alpha"), c.scalar("l1Ratio"));
            assertTrue(objective(c, next) <= before * (1 + 1e-14) + 1e-15, () -> "before " + before + ", after " + objective(c, next));
        });
    }

    @Test
    void theDualityGapBoundsTheDistanceToTheOptimumAndVanishesThere() {
        Property.forAll(PROBLEMS.require("α > 0.01", c -> c.scalar("alpha") > 0.01), 2L, Tolerances.TRIALS, c -> {
            Matrix X = c.matrix("X");
            double alpha = c.scalar("alpha");
            double rho = c.scalar("l1Ratio");
            LinearModel optimum = new ElasticNet(alpha).withL1Ratio(rho).withFitIntercept(false).withTol(1e-14).withMaxIter(100_000)
                    .fit(X, c.vector("y"));
            double gapAtOptimum = CoordinateDescent.dualityGap(X, c.vector("y"), optimum.coef(), alpha, rho);
            double yy = Vectors.dot(c.vector("y"), c.vector("y")) / X.rows();
            assertTrue(Math.abs(gapAtOptimum) <= 1e-12 * yy + 1e-15, () -> "gap at the optimum " + gapAtOptimum);
            double gap = CoordinateDescent.dualityGap(X, c.vector("y"), c.vector("w"), alpha, rho);
            double excess = objective(c, c.vector("w")) - objective(c, optimum.coef());
            assertTrue(excess <= gap + 1e-12 * (1 + Math.abs(gap)), () -> "P(w) − P* = " + excess + " > gap " + gap);
        });
    }

    @Test
    void oneSweepOnAnOrthogonalDesignSoftThresholdsTheLeastSquaresCoefficients() {
        int n = 8;
        Matrix Q = RandomMatrices.orthogonal(new Rng(3L), n).slice(0, n, 0, 3).scale(Math.sqrt(n));  // QᵀQ = n·I
        double[] y = RandomMatrices.gaussian(new Rng(4L), n);
        double alpha = 0.3;
        double[] ols = Vectors.scale(1.0 / n, Q.transpose().multiply(y));
        double[] w = CoordinateDescent.coordinateSweep(Q, y, new double[3], alpha, 1.0);
        double[] expected = new double[3];
        for (int j = 0; j < 3; j++) {
            expected[j] = CoordinateDescent.softThreshold(ols[j], alpha);
        }
        assertClose("w", expected, w, Tolerances.ROUNDING);
        assertClose("a second sweep changes nothing", w, CoordinateDescent.coordinateSweep(Q, y, w, alpha, 1.0), Tolerances.ROUNDING);
    }

    @Test
    void theInputsOfASweepAreNotModified() {
        Matrix X = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 7}});
        double[] y = {1, 2, 3};
        double[] w = {0.5, -0.5};
        CoordinateDescent.coordinateSweep(X, y, w, 0.1, 0.7);
        assertEquals(Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 7}}), X);
        assertClose("y", new double[] {1, 2, 3}, y, 0.0);
        assertClose("w", new double[] {0.5, -0.5}, w, 0.0);
    }

    @Test
    void mismatchedShapesAndBadPenaltiesAreRejected() {
        Matrix X = Matrix.identity(2);
        assertThrows(org.mlbyhand.core.linalg.ShapeMismatchException.class,
                () -> CoordinateDescent.coordinateSweep(X, new double[2], new double[3], 0.1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> CoordinateDescent.dualityGap(X, new double[2], new double[2], -0.1, 1.0));
        assertThrows(IllegalArgumentException.class, () -> CoordinateDescent.dualityGap(X, new double[2], new double[2], 0.1, 1.5));
    }

    /** P(w) = 1/(2n)‖y − Xw‖² + αρ‖w‖₁ + α(1 − ρ)/2‖w‖². */
    static double objective(Case c, double[] w) {
        Matrix X = c.matrix("X");
        double[] r = Vectors.subtract(c.vector("y"), X.multiply(w));
        double alpha = c.scalar("alpha");
        double rho = c.scalar("l1Ratio");
        double l1 = 0;
        for (double v : w) {
            l1 += Math.abs(v);
        }
        return Vectors.dot(r, r) / (2.0 * X.rows()) + alpha * rho * l1 + alpha * (1 - rho) / 2 * Vectors.dot(w, w);
    }
}
