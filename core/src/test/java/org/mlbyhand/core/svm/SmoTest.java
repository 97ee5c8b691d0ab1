package org.mlbyhand.core.svm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.Rng;

/** The SMO step primitives on small seeded problems: pair update, working sets, KKT violation, bias. */
class SmoTest {
    private static final int TRIALS = 100;
    private static final double C = 1.0;

    /** A seeded two-class problem of 12 rows, and a feasible α from a few SMO steps (G kept by SMO). */
    private record State(KernelCache Q, int[] s, double[] alpha, double[] G) {
        static State of(long seed) {
            Rng rng = new Rng(seed);
            Dataset<int[]> d = Blobs.of(seed, 12, 2, 2, 1.0);
            int[] s = new int[12];
            for (int i = 0; i < s.length; i++) {
                s[i] = d.y()[i] == 0 ? 1 : -1;
            }
            KernelCache Q = new KernelCache(new Kernel.Rbf(0.5), d.X(), s, 1.0);
            DualSolution partial = Smo.solve(Q, C, 1e-12, 1 + rng.nextInt(6));
            return new State(Q, s, partial.alpha(), partial.gradient());
        }

        /** The dual f(α) = ½αᵀQα − eᵀα with the cache's (float) Q. */
        double dual(double[] a) {
            double f = 0.0;
            for (int i = 0; i < a.length; i++) {
                float[] Qi = Q.row(i);
                for (int j = 0; j < a.length; j++) {
                    f += 0.5 * a[i] * (i == j ? Q.diagonal(i) : Qi[j]) * a[j];
                }
                f -= a[i];
            }
            return f;
        }

        double eta(int i, int j) {
            return Q.diagonal(i) + Q.diagonal(j) - 2.0 * s[i] * s[j] * Q.row(i)[j];
        }
    }

    @Test
    void aPairUpdateStaysInTheBoxKeepsSAlphaAndMinimisesTheDualOnItsSegment() {
        for (long seed = 1; seed <= TRIALS; seed++) {
            State st = State.of(seed);
            WorkingSet ws = WorkingSet.secondOrder(st.alpha(), st.G(), st.Q(), C);
            if (ws.optimal(1e-12)) {
                continue;
            }
            int i = ws.i();
            int j = ws.j();
            double[] next = Smo.updatePair(st.alpha()[i], st.alpha()[j], st.s()[i], st.s()[j], st.G()[i], st.G()[j], st.eta(i, j), C);
            String at = "seed " + seed + ", pair (" + i + ", " + j + ")";
            assertTrue(next[0] >= 0 && next[0] <= C && next[1] >= 0 && next[1] <= C, at + ": outside the box");
            assertEquals(st.s()[i] * st.alpha()[i] + st.s()[j] * st.alpha()[j], st.s()[i] * next[0] + st.s()[j] * next[1],
                    Tolerances.ROUNDING, at + ": sᵢαᵢ + sⱼαⱼ changed");
            double[] moved = st.alpha().clone();
            moved[i] = next[0];
            moved[j] = next[1];
            double best = st.dual(moved);
            assertTrue(best < st.dual(st.alpha()), at + ": the dual did not decrease");
            // every feasible point of the segment through (αᵢ, αⱼ) along (sᵢ, −sⱼ)·t is no better
            for (double t = -C; t <= C; t += C / 64) {
                double[] other = st.alpha().clone();
                other[i] += st.s()[i] * t;
                other[j] -= st.s()[j] * t;
                if (other[i] >= 0 && other[i] <= C && other[j] >= 0 && other[j] <= C) {
                    assertTrue(best <= st.dual(other) + Tolerances.ROUNDING, at + ": t = " + t + " is lower");
                }
            }
        }
    }

    @Test
    void theFirstOrderSolverOnAWholeKernelMatrixReachesTheOptimumOfTheKernelSolver() {
        for (long seed = 1; seed <= TRIALS; seed++) {
            Dataset<int[]> d = Blobs.of(seed, 12, 2, 2, 1.0);
            int[] s = new int[12];
            for (int i = 0; i < s.length; i++) {
                s[i] = d.y()[i] == 0 ? 1 : -1;
            }
            Kernel rbf = new Kernel.Rbf(0.5);
            Matrix K = Matrix.zeros(12, 12);
            for (int i = 0; i < 12; i++) {
                for (int j = 0; j < 12; j++) {
                    K.set(i, j, rbf.apply(d.X().row(i), d.X().row(j)));
                }
            }
            DualSolution firstOrder = Smo.solve(K, s, C, 1e-10, 100_000);
            DualSolution secondOrder = Smo.solve(new KernelCache(rbf, d.X(), s, 1.0), C, 1e-10, -1);
            assertTrue(firstOrder.converged(), "seed " + seed);
            assertTrue(Smo.kktViolation(firstOrder.alpha(), firstOrder.gradient(), s, C) < 1e-10, "seed " + seed);
            assertEquals(secondOrder.objective(), firstOrder.objective(), 1e-6, "seed " + seed + ": the same optimum");
        }
        Matrix I = Matrix.identity(2);
        assertThrows(ShapeMismatchException.class,
                () -> Smo.solve(Matrix.identity(3), new int[] {1, -1}, C, 1e-3, 10));
        assertThrows(IllegalArgumentException.class, () -> Smo.solve(I, new int[] {1, 0}, C, 1e-3, 10));
        assertThrows(IllegalArgumentException.class, () -> Smo.solve(I, new int[] {1, -1}, C, 1e-3, 0));
    }

    @Test
    void anUnclippedStepIsPlattsFormula() {
        // αⱼ' = αⱼ + sⱼ(sᵢGᵢ − sⱼGⱼ)/η, αᵢ' = αᵢ + sᵢsⱼ(αⱼ − αⱼ'), inside the box
        double[] next = Smo.updatePair(0.4, 0.5, 1, -1, -0.3, -0.1, 2.0, C);
        double aj = 0.5 + (-1) * (1 * -0.3 - (-1) * -0.1) / 2.0;
        assertEquals(aj, next[1], Tolerances.ROUNDING, "αⱼ'");
        assertEquals(0.4 - (0.5 - aj), next[0], Tolerances.ROUNDING, "αᵢ'");
        double[] same = Smo.updatePair(0.4, 0.5, 1, 1, -0.3, -0.1, 2.0, C);
        double bj = 0.5 + (-0.3 - -0.1) / 2.0;
        assertEquals(bj, same[1], Tolerances.ROUNDING, "αⱼ', same signs");
        assertEquals(0.4 + (0.5 - bj), same[0], Tolerances.ROUNDING, "αᵢ', same signs");
    }

    @Test
    void theVariableThatMeetsItsBoundIsSetToItExactly() {
        // sᵢ ≠ sⱼ, αᵢ − αⱼ = 0.6 kept: a long step clips at αᵢ = C, so αⱼ = C − 0.6 (H), and αᵢ is exactly C
        double[] next = Smo.updatePair(0.7, 0.1, 1, -1, -5.0, -5.0, 1.0, C);
        assertEquals(C, next[0], 0.0, "αᵢ");
        assertEquals(C - (0.7 - 0.1), next[1], 0.0, "αⱼ");
        // sᵢ = sⱼ, αᵢ + αⱼ = 0.3 kept: clipped at αⱼ = 0 (L), αᵢ = 0.3
        double[] low = Smo.updatePair(0.1, 0.2, -1, -1, -3.0, 3.0, 1.0, C);
        assertEquals(0.1 + 0.2, low[0], 0.0, "αᵢ");
        assertEquals(0.0, low[1], 0.0, "αⱼ");
    }

    @Test
    void aNonPositiveCurvatureTakesTheLongestStepTheBoxAllows() {
        // sᵢ ≠ sⱼ, αᵢ − αⱼ = −0.1 kept, both growing: η ≤ 0 becomes τ, the step is huge and αⱼ stops at C
        for (double eta : new double[] {0.0, -1.0}) {
            double[] next = Smo.updatePair(0.2, 0.3, 1, -1, -0.5, -0.5, eta, C);
            assertEquals(C + (0.2 - 0.3), next[0], 0.0, "αᵢ at η = " + eta);
            assertEquals(C, next[1], 0.0, "αⱼ at η = " + eta);
        }
    }

    @Test
    void theSecondOrderWorkingSetIsTheBruteForceArgmin() {
        for (long seed = 1; seed <= TRIALS; seed++) {
            State st = State.of(seed);
            WorkingSet ws = WorkingSet.secondOrder(st.alpha(), st.G(), st.Q(), C);
            WorkingSet mvp = WorkingSet.maximalViolatingPair(st.alpha(), st.G(), st.s(), C);
            String at = "seed " + seed;
            assertEquals(mvp.i(), ws.i(), at + ": i is the maximal violator");
            assertEquals(mvp.gap(), ws.gap(), 0.0, at + ": the gap is m(α) − M(α)");
            double m = -st.s()[ws.i()] * st.G()[ws.i()];
            int j = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int t = 0; t < st.s().length; t++) {
                double b = m + st.s()[t] * st.G()[t];
                if (WorkingSet.inLow(st.alpha()[t], st.s()[t], C) && b > 0) {
                    double a = st.eta(ws.i(), t) > 0 ? st.eta(ws.i(), t) : 1e-12;
                    if (-b * b / a <= best) {
                        best = -b * b / a;
                        j = t;
                    }
                }
            }
            assertEquals(j, ws.j(), at + ": j");
        }
    }

    @Test
    void theMaximalViolatingPairIsTheArgmaxOverIUpAndTheArgminOverILow() {
        // s = (+1, +1, −1, −1), α = (0, C, 0, C·½), G chosen: −sG = (0.5, 2.0, −1.0, 0.25)
        double[] alpha = {0, C, 0, C / 2};
        int[] s = {1, 1, -1, -1};
        double[] G = {-0.5, -2.0, -1.0, 0.25};
        WorkingSet ws = WorkingSet.maximalViolatingPair(alpha, G, s, C);
        // I_up = {0 (s=+1, α<C), 3 (s=−1, α>0)}: −sG = 0.5, 0.25 → i = 0;  I_low = {1, 2, 3}: 2.0, −1.0, 0.25 → j = 2
        assertEquals(0, ws.i(), "i");
        assertEquals(2, ws.j(), "j");
        assertEquals(1.5, ws.gap(), 0.0, "m − M");
        assertEquals(1.5, Smo.kktViolation(alpha, G, s, C), 0.0, "kktViolation");
        assertFalse(ws.optimal(1e-3), "not optimal");
    }

    @Test
    void theBiasAveragesTheFreeSupportVectorsElseTakesTheMidpoint() {
        int[] s = {1, -1, 1, -1};
        double[] G = {-0.2, 0.4, 0.6, -0.8};                       // sG = (−0.2, −0.4, 0.6, 0.8)
        assertEquals((-0.2 - 0.4) / 2, Smo.bias(new double[] {0.5, 0.3, 0, C}, G, s, C), Tolerances.ROUNDING, "free: rows 0, 1");
        // none free: U = {s=+1, α=0} ∪ {s=−1, α=C} = rows 2 (0.6), 1 (−0.4); L = {s=−1, α=0} ∪ {s=+1, α=C} = rows 3 (0.8), 0 (−0.2)
        double rho = Smo.bias(new double[] {C, C, 0, 0}, G, s, C);
        assertEquals((0.8 + -0.4) / 2, rho, Tolerances.ROUNDING, "midpoint of max L and min U");
    }

    @Test
    void atTheOptimumTheViolationIsBelowTolAndTheDualityGapCloses() {
        for (long seed = 1; seed <= 20; seed++) {
            State st = State.of(seed);
            DualSolution sol = Smo.solve(st.Q(), C, 1e-12, -1);
            double violation = Smo.kktViolation(sol.alpha(), sol.gradient(), st.s(), C);
            assertTrue(sol.converged() && violation < 1e-12, "seed " + seed + ": m − M = " + violation);
            // primal at (α, rho) in the dual's terms: ½αᵀQα + C·Σ max(0, sᵢ·rho − Gᵢ); f(α) = ½αᵀQα − eᵀα
            double quad = 0.0;
            double hinge = 0.0;
            for (int i = 0; i < sol.alpha().length; i++) {
                quad += sol.alpha()[i] * (sol.gradient()[i] + 1.0);
                hinge += Math.max(0.0, st.s()[i] * sol.rho() - sol.gradient()[i]);
            }
            double primal = 0.5 * quad + C * hinge;
            assertEquals(st.dual(sol.alpha()), sol.objective(), 1e-9, "seed " + seed + ": objective()");
            assertEquals(0.0, primal + sol.objective(), C * sol.alpha().length * 1e-12, "seed " + seed + ": duality gap");
        }
    }

    @Test
    void solveRejectsBadArguments() {
        State st = State.of(1L);
        assertThrows(IllegalArgumentException.class, () -> Smo.solve(st.Q(), 0.0, 1e-3, -1));
        assertThrows(IllegalArgumentException.class, () -> Smo.solve(st.Q(), C, -1e-3, -1));
        assertThrows(IllegalArgumentException.class, () -> Smo.solve(st.Q(), C, 1e-3, -2));
        assertThrows(ShapeMismatchException.class,
                () -> Smo.kktViolation(new double[3], new double[3], new int[2], C));
    }
}
