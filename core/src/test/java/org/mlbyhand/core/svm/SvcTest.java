package org.mlbyhand.core.svm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mlbyhand.core.golden.Close.assertClose;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;

/** Svc and SvcModel without a reference: KKT conditions, closed forms, one-vs-one structure, shapes. */
class SvcTest {
    @ParameterizedTest
    @ValueSource(strings = {"svm_moons.json", "svm_circles.json", "svm_breast_cancer.json", "svm_digits.json"})
    void everyReturnedDualSolutionSatisfiesTheKktConditionsToTol(String file) {
        Golden g = Golden.load(file);
        Matrix X = g.matrix("X");
        int[] y = g.labels("y");
        for (Golden c : g.objects("cases")) {
            Svc svc = Cases.svc(c, Tolerances.TIGHT);
            SvcModel m = svc.fit(X, y);
            for (int a = 0; a < m.numClasses(); a++) {
                for (int b = a + 1; b < m.numClasses(); b++) {
                    String at = Cases.dataName(file) + ", " + Cases.name(c) + ", pair (" + a + ", " + b + ")";
                    PairProblem pair = PairProblem.of(m, y, a, b);
                    double sum = 0.0;
                    for (int t = 0; t < pair.alpha().length; t++) {
                        double alpha = pair.alpha()[t];
                        assertTrue(alpha >= 0 && alpha <= svc.C(), at + ": α[" + t + "] = " + alpha + " is outside [0, C]");
                        sum += pair.s()[t] * alpha;
                    }
                    assertEquals(0.0, sum, Tolerances.ROUNDING * svc.C() * pair.alpha().length, at + ": sᵀα");
                    // The problem the solver solved: Q rounded to float. m(α) − M(α) < tol, up to the drift of G.
                    double[] G = pair.gradient(m.kernel(), X, true);
                    double violation = Smo.kktViolation(pair.alpha(), G, pair.s(), svc.C());
                    assertTrue(violation < Tolerances.TIGHT + Tolerances.KKT_DRIFT, at + ": m(α) − M(α) = " + violation);
                    assertEquals(Smo.bias(pair.alpha(), G, pair.s(), svc.C()), pair.rho(), Tolerances.KKT_DRIFT, at + ": rho");
                    // The exact problem: the rounding of Q moves each Gᵢ by at most r, the gap by at most 2r.
                    double r = pair.roundingOfGradient(m.kernel(), X);
                    double exact = Smo.kktViolation(pair.alpha(), pair.gradient(m.kernel(), X, false), pair.s(), svc.C());
                    assertTrue(exact < Tolerances.TIGHT + Tolerances.KKT_DRIFT + 2 * r, at + ": exact m(α) − M(α) = " + exact
                            + ", rounding bound " + (2 * r));
                }
            }
        }
    }

    @Test
    void twoPointsGiveTheMaximumMarginClosedForm() {
        // x₀ = (−1, 0) class 0, x₁ = (1, 0) class 1: w = (1, 0), b = 0, α = 2/‖x₁ − x₀‖² = ½ for both.
        Matrix X = Matrix.of(new double[][] {{-1, 0}, {1, 0}});
        int[] y = {0, 1};
        SvcModel m = new Svc().withKernel(Svc.KernelType.LINEAR).withC(10.0).fit(X, y);
        assertArrayEquals(new int[] {0, 1}, m.supportIndices());
        assertClose("dual coefficients", new double[] {-0.5, 0.5}, m.dualCoef().row(0), Tolerances.ROUNDING);
        assertClose("intercept", new double[] {0.0}, m.intercept(), Tolerances.ROUNDING);
        assertClose("coef", new double[] {1.0, 0.0}, m.coef().row(0), Tolerances.ROUNDING);
        assertClose("decision at (0.3, 5)", 0.3, m.decisionFunction(Matrix.of(new double[][] {{0.3, 5}})).get(0, 0), Tolerances.ROUNDING);
    }

    @Test
    void belowTheHardMarginAlphaBothPointsAreBoundedAndTheBiasIsTheMidpoint() {
        // C = 0.25 < ½: α = (C, C), w = C·(x₁ − x₀) = (0.5, 0); no free SV, so rho = (max L + min U)/2 = 0.
        Matrix X = Matrix.of(new double[][] {{-1, 0}, {1, 0}});
        SvcModel m = new Svc().withKernel(Svc.KernelType.LINEAR).withC(0.25).fit(X, new int[] {0, 1});
        assertClose("dual coefficients", new double[] {-0.25, 0.25}, m.dualCoef().row(0), Tolerances.ROUNDING);
        assertClose("coef", new double[] {0.5, 0.0}, m.coef().row(0), Tolerances.ROUNDING);
        assertClose("intercept", 0.0, m.intercept()[0], Tolerances.ROUNDING);
    }

    @Test
    void theMulticlassModelHoldsTheBinaryModelOfEveryPairOfClasses() {
        Golden g = Golden.load("svm_digits.json");
        Matrix X = g.matrix("X");
        int[] y = g.labels("y");
        Svc svc = new Svc().withC(1.0).withGamma(0.1).withTol(Tolerances.TIGHT);
        SvcModel all = svc.fit(X, y);
        for (int[] ab : new int[][] {{0, 1}, {0, 2}, {1, 2}}) {
            PairProblem inModel = PairProblem.of(all, y, ab[0], ab[1]);
            int[] yPair = new int[inModel.rows().length];
            for (int t = 0; t < yPair.length; t++) {
                yPair[t] = inModel.s()[t] == 1 ? 0 : 1;
            }
            SvcModel alone = svc.fit(X.selectRows(inModel.rows()), yPair);
            PairProblem fitted = PairProblem.of(alone, yPair, 0, 1);
            String at = "pair (" + ab[0] + ", " + ab[1] + ")";
            assertArrayEquals(fitted.alpha(), inModel.alpha(), at + ": α");
            assertEquals(fitted.rho(), inModel.rho(), at + ": rho");
        }
    }

    @Test
    void theCacheSizeChangesNothingButTheWork() {
        Dataset<int[]> d = Blobs.of(3L, 60, 3, 2, 1.0);
        SvcModel big = new Svc().fit(d.X(), d.y());
        SvcModel tiny = new Svc().withCacheSize(1e-6).fit(d.X(), d.y());       // two rows
        assertArrayEquals(big.dualCoef().toRowMajorArray(), tiny.dualCoef().toRowMajorArray(), "dual coefficients");
        assertArrayEquals(big.intercept(), tiny.intercept(), "intercept");
        assertArrayEquals(big.nIter(), tiny.nIter(), "steps");
    }

    @Test
    void predictIsTheSignOfTheDecisionFunctionForTwoClasses() {
        Dataset<int[]> d = Blobs.of(5L, 80, 2, 2, 1.0);
        SvcModel m = new Svc().fit(d.X(), d.y());
        Matrix X = Blobs.of(6L, 50, 2, 2, 1.0).X();
        double[] f = m.decisionFunction(X).column(0);
        int[] labels = m.predict(X);
        for (int i = 0; i < labels.length; i++) {
            assertEquals(f[i] >= 0 ? 1 : 0, labels[i], "row " + i + ": f = " + f[i]);
        }
    }

    @Test
    void aThreeWayTieGoesToClassZeroInTheVoteAndToTheMostConfidentClassInOvr() {
        // pairs (0,1), (0,2), (1,2): 0 beats 1, 2 beats 0, 1 beats 2: one vote each.
        double[] dec = {0.1, -2.0, 0.1};
        assertEquals(0, OneVsOne.vote(dec, 3), "vote");
        double[] ovr = OneVsOne.ovr(dec, 3);      // S = (−1.9, 0, 1.9)
        assertClose("ovr", new double[] {1 - 1.9 / (3 * 2.9), 1.0, 1 + 1.9 / (3 * 2.9)}, ovr, Tolerances.ROUNDING);
        assertEquals(1, OneVsOne.vote(new double[] {0.0}, 2), "f = 0 votes for the second class");
    }

    @Test
    void theDecisionFunctionHasScikitLearnsShapes() {
        Dataset<int[]> three = Blobs.of(7L, 60, 3, 3, 2.0);
        Matrix X = three.X().slice(0, 5, 0, 3);
        assertEquals("5×3", new Svc().fit(three.X(), three.y()).decisionFunction(X).shape(), "OVR");
        assertEquals("5×3", new Svc().withDecisionFunctionShape(Svc.DecisionFunctionShape.OVO).fit(three.X(), three.y())
                .decisionFunction(X).shape(), "OVO (three pairs)");
        Dataset<int[]> four = Blobs.of(7L, 80, 4, 4, 2.0);
        Matrix X4 = four.X().slice(0, 5, 0, 4);
        assertEquals("5×6", new Svc().withDecisionFunctionShape(Svc.DecisionFunctionShape.OVO).fit(four.X(), four.y())
                .decisionFunction(X4).shape(), "OVO, four classes");
        assertEquals(3, new Svc().fit(four.X(), four.y()).dualCoef().rows(), "dualCoef has k − 1 rows");
        Dataset<int[]> two = Blobs.of(7L, 40, 2, 2, 2.0);
        assertEquals("5×1", new Svc().fit(two.X(), two.y()).decisionFunction(two.X().slice(0, 5, 0, 2)).shape(), "binary");
    }

    @Test
    void linearCoefIsTheDualCoefficientsTimesTheSupportVectors() {
        Dataset<int[]> d = Blobs.of(9L, 60, 3, 2, 1.0);
        SvcModel m = new Svc().withKernel(Svc.KernelType.LINEAR).fit(d.X(), d.y());
        Matrix W = m.dualCoef().multiply(m.supportVectors());                    // 1×p
        assertClose("coef", W, m.coef(), Tolerances.ROUNDING);
        double[] f = m.decisionFunction(d.X()).column(0);
        double[] z = d.X().multiply(m.coef().row(0));
        for (int i = 0; i < z.length; i++) {
            assertEquals(z[i] + m.intercept()[0], f[i], Tolerances.ROUNDING, "row " + i);
        }
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Svc().fit(d.X(), d.y()).coef());
        assertTrue(e.getMessage().contains("linear kernel"), e.getMessage());
    }

    @Test
    void maxIterStopsEachPairEarly() {
        Dataset<int[]> d = Blobs.of(11L, 60, 3, 3, 1.0);
        SvcModel m = new Svc().withMaxIter(5).fit(d.X(), d.y());
        assertArrayEquals(new int[] {5, 5, 5}, m.nIter());
    }

    @Test
    void badInputIsRejectedWithAMessageThatNamesIt() {
        Dataset<int[]> d = Blobs.of(1L, 20, 2, 2, 1.0);
        rejects(() -> new Svc().withC(0.0), "Svc: C must be finite and > 0, got 0.0");
        rejects(() -> new Svc().withC(-1.0), "got -1.0");
        rejects(() -> new Svc().withC(Double.NaN), "got NaN");
        rejects(() -> new Svc().withGamma(-0.5), "gamma must be finite and ≥ 0, got -0.5");
        rejects(() -> Gamma.of(Double.POSITIVE_INFINITY), "got Infinity");
        rejects(() -> new Svc().withDegree(-1), "degree must be ≥ 0");
        rejects(() -> new Svc().withTol(0.0), "tol must be finite and > 0");
        rejects(() -> new Svc().withMaxIter(0), "maxIter must be −1 (no limit) or ≥ 1");
        rejects(() -> new Svc().withKernel(null), "kernel is null");
        rejects(() -> new Svc().fit(d.X(), new int[20]), "Svc.fit: y has only class 0");
        int[] gap = new int[20];
        gap[3] = 2;
        rejects(() -> new Svc().fit(d.X(), gap), "class 1 has no rows");
        Matrix withNaN = d.X().copy();
        withNaN.set(4, 1, Double.NaN);
        rejects(() -> new Svc().fit(withNaN, d.y()), "Svc.fit: X[4][1] is NaN");
        SvcModel m = new Svc().fit(d.X(), d.y());
        rejects(() -> m.predict(withNaN), "SvcModel.predict: X[4][1] is NaN");
    }

    private static void rejects(org.junit.jupiter.api.function.Executable call, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(part), "\"" + e.getMessage() + "\" does not contain \"" + part + "\"");
    }
}
