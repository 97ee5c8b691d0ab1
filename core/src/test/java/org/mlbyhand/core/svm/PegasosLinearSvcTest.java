package org.mlbyhand.core.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.functions.LinearGradient;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.golden.Parity;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/**
 * Pegasos against liblinear's optimum of the same objective (golden/svm_linear_svc.json:
 * LinearSVC(loss='hinge', C, tol=1e-12), whose penalized intercept is Pegasos's), and the hinge loss
 * and its subgradient on their own.
 */
@ExtendWith(Parity.class)
class PegasosLinearSvcTest {
    @Test
    void thousandEpochsReachLiblinearsOptimumOfTheSameObjective() {
        for (Golden c : Golden.load("svm_linear_svc.json").objects("cases")) {
            Golden data = Golden.load(c.string("data"));
            Matrix X = data.matrix("X");
            int[] y = data.labels("y");
            PegasosLinearSvc pegasos = new PegasosLinearSvc(1L).withC(c.number("C")).withMaxIter(1000);
            LinearSvcModel m = pegasos.fit(X, y);
            String at = Cases.dataName(c.string("data")) + ", C = " + c.number("C");
            double optimum = c.number("objective");
            assertEquals(optimum, pegasos.objective(X, y, c.vector("coef"), c.number("intercept")), Tolerances.LIBLINEAR_OPTIMUM * optimum,
                    at + ": our objective at liblinear's answer");
            double ours = pegasos.objective(X, y, m.coef(), m.intercept());
            assertTrue(ours >= optimum - Tolerances.LIBLINEAR_OPTIMUM * optimum, at + ": below the optimum, " + ours + " < " + optimum);
            Parity.assertClose("Pegasos (1000 epochs) vs LinearSVC(loss='hinge') on " + Cases.dataName(c.string("data")),
                    "objective (relative)", at, 1.0, ours / optimum, Tolerances.PEGASOS_OBJECTIVE);
            // P is 1-strongly convex in θ = (w, b): ½‖θ − θ*‖² ≤ P(θ) − P(θ*)
            double distance2 = Math.pow(m.intercept() - c.number("intercept"), 2);
            for (int j = 0; j < X.cols(); j++) {
                distance2 += Math.pow(m.coef()[j] - c.vector("coef")[j], 2);
            }
            assertTrue(0.5 * distance2 <= ours - optimum + Tolerances.LIBLINEAR_OPTIMUM * optimum,
                    at + ": ½‖θ − θ*‖² = " + 0.5 * distance2 + " exceeds the objective gap " + (ours - optimum));
        }
    }

    @Test
    void moreEpochsGetCloserAndTheSameSeedGivesTheSameModel() {
        Dataset<int[]> d = Blobs.of(12L, 120, 3, 2, 1.0);
        PegasosLinearSvc few = new PegasosLinearSvc(5L).withMaxIter(5);
        PegasosLinearSvc many = few.withMaxIter(500);
        SvcModel exact = new Svc().withKernel(Svc.KernelType.LINEAR).withTol(1e-10).fit(d.X(), d.y());
        LinearSvcModel a = few.fit(d.X(), d.y());
        LinearSvcModel b = many.fit(d.X(), d.y());
        double pa = few.objective(d.X(), d.y(), a.coef(), a.intercept());
        double pb = many.objective(d.X(), d.y(), b.coef(), b.intercept());
        assertTrue(pb < pa, "500 epochs " + pb + " vs 5 epochs " + pa);
        // Svc's linear fit leaves b free: its P with b² added is no lower than Pegasos's optimum, and close
        double svcP = many.objective(d.X(), d.y(), exact.coef().row(0), exact.intercept()[0]);
        assertTrue(pb <= svcP * (1 + Tolerances.PEGASOS_OBJECTIVE), "Pegasos " + pb + " vs Svc's (w, b) " + svcP);
        assertArrayEquals(b.coef(), many.fit(d.X(), d.y()).coef(), "same seed");
        assertTrue(b.coef()[0] != many.withSeed(6L).fit(d.X(), d.y()).coef()[0], "another seed, another path");
    }

    @Test
    void theHingeSubgradientIsTheDirectionalDerivativeAwayFromTheKinks() {
        Rng rng = new Rng(21L);
        Dataset<int[]> d = Blobs.of(21L, 30, 3, 2, 1.0);
        int checked = 0;
        for (int trial = 0; trial < 100; trial++) {
            double[] w = RandomMatrices.gaussian(rng, 3);
            double b = rng.nextGaussian();
            double[] dir = RandomMatrices.gaussian(rng, 4);
            double h = 1e-7;
            if (nearAKink(d, w, b, 1e-4)) {
                continue;
            }
            double[] wp = w.clone();
            double[] wm = w.clone();
            for (int j = 0; j < 3; j++) {
                wp[j] += h * dir[j];
                wm[j] -= h * dir[j];
            }
            double numeric = (loss(d, wp, b + h * dir[3]) - loss(d, wm, b - h * dir[3])) / (2 * h);
            LinearGradient g = HingeLoss.subgradient(d.X(), d.y(), w, b);
            double analytic = g.dw()[0] * dir[0] + g.dw()[1] * dir[1] + g.dw()[2] * dir[2] + g.db() * dir[3];
            assertEquals(numeric, analytic, 1e-5 * Math.max(1, Math.abs(analytic)), "trial " + trial);
            checked++;
        }
        assertTrue(checked > 50, "only " + checked + " trials away from the kinks");
        assertEquals(0.0 + 2.0 + 0.5, HingeLoss.value(new int[] {1, 1, 0}, new double[] {3.0, -1.0, -0.5}), 0.0, "hinge by hand");
    }

    @Test
    void badInputIsRejected() {
        Dataset<int[]> three = Blobs.of(1L, 30, 3, 3, 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PegasosLinearSvc(1L).fit(three.X(), three.y()));
        assertTrue(e.getMessage().contains("use Svc for 3 classes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PegasosLinearSvc(1L).withC(0.0));
        assertThrows(IllegalArgumentException.class, () -> new PegasosLinearSvc(1L).withMaxIter(0));
        assertThrows(IllegalArgumentException.class, () -> HingeLoss.value(new int[] {2}, new double[] {1.0}));
    }

    private static double loss(Dataset<int[]> d, double[] w, double b) {
        double[] z = new double[d.X().rows()];
        for (int i = 0; i < z.length; i++) {
            z[i] = HingeLoss.score(d.X().row(i), w, b);
        }
        return HingeLoss.value(d.y(), z);
    }

    private static boolean nearAKink(Dataset<int[]> d, double[] w, double b, double gap) {
        for (int i = 0; i < d.X().rows(); i++) {
            if (Math.abs(1 - HingeLoss.sign(d.y()[i]) * HingeLoss.score(d.X().row(i), w, b)) < gap) {
                return true;
            }
        }
        return false;
    }
}
