package org.mlbyhand.core.svm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.golden.Golden;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/** The kernels, their Gram matrices and the γ rules. */
class KernelTest {
    private static final double[] X = {1, 2};
    private static final double[] Z = {3, -1};            // xᵀz = 1, ‖x − z‖² = 13

    @Test
    void eachKernelIsItsFormula() {
        assertEquals(1.0, new Kernel.Linear().apply(X, Z), 0.0, "linear");
        assertEquals(Math.pow(0.5 * 1 + 1, 3), new Kernel.Polynomial(3, 0.5, 1.0).apply(X, Z), Tolerances.ROUNDING, "poly");
        assertEquals(Math.exp(-0.5 * 13), new Kernel.Rbf(0.5).apply(X, Z), 0.0, "rbf: γ times the SQUARED distance");
        assertEquals(Math.tanh(0.5 * 1 - 1.0), new Kernel.Sigmoid(0.5, -1.0).apply(X, Z), 0.0, "sigmoid");
        assertEquals(1.0, new Kernel.Polynomial(0, 2.0, 3.0).apply(X, Z), 0.0, "degree 0");
        assertEquals(1.0, new Kernel.Rbf(7.0).apply(Z, Z), 0.0, "rbf at x = z");
        assertEquals(List.of("linear", "poly", "rbf", "sigmoid"), List.of(new Kernel.Linear().name(),
                new Kernel.Polynomial(2, 1, 0).name(), new Kernel.Rbf(1).name(), new Kernel.Sigmoid(1, 0).name()));
    }

    @Test
    void thePowerByRepeatedSquaringIsExactForSquaresAndWithinUlpsOtherwise() {
        Rng rng = new Rng(4L);
        for (int trial = 0; trial < 100; trial++) {
            double[] x = {rng.uniform(-2, 2), rng.uniform(-2, 2)};
            double[] z = {rng.uniform(-2, 2), rng.uniform(-2, 2)};
            double base = 0.7 * (x[0] * z[0] + x[1] * z[1]) + 0.3;
            assertEquals(base * base, new Kernel.Polynomial(2, 0.7, 0.3).apply(x, z), 0.0, "degree 2");
            for (int degree = 3; degree <= 7; degree++) {
                double expected = Math.pow(base, degree);
                assertEquals(expected, new Kernel.Polynomial(degree, 0.7, 0.3).apply(x, z), 8 * Math.ulp(expected), "degree " + degree);
            }
        }
    }

    @Test
    void positiveSemiDefiniteKernelsGiveGramMatricesWithNonNegativeQuadraticForms() {
        Rng rng = new Rng(8L);
        Matrix A = RandomMatrices.gaussian(rng, 15, 3);
        for (Kernel k : List.of(new Kernel.Linear(), new Kernel.Polynomial(3, 0.5, 1.0), new Kernel.Rbf(0.8))) {
            Matrix K = k.gram(A);
            for (int a = 0; a < 15; a++) {
                for (int b = 0; b < 15; b++) {
                    assertEquals(K.get(a, b), K.get(b, a), 0.0, k + ": K symmetric at " + a + ", " + b);
                }
            }
            for (int trial = 0; trial < 50; trial++) {
                double[] v = RandomMatrices.gaussian(rng, 15);
                double q = 0.0;
                double[] Kv = K.multiply(v);
                for (int a = 0; a < 15; a++) {
                    q += v[a] * Kv[a];
                }
                assertTrue(q >= -1e-10 * K.maxAbs() * 15, k + ": vᵀKv = " + q);
            }
        }
        Matrix B = RandomMatrices.gaussian(rng, 4, 3);
        Matrix KAB = new Kernel.Rbf(0.8).gram(A, B);
        assertEquals("15×4", KAB.shape());
        assertEquals(new Kernel.Rbf(0.8).apply(A.row(2), B.row(3)), KAB.get(2, 3), 0.0, "K[2][3]");
    }

    @Test
    void theGammaRulesAreScikitLearns() {
        Matrix A = Matrix.of(new double[][] {{0, 1}, {2, 3}, {4, 5}});     // mean 2.5, Var = 17.5/6
        assertEquals(1.0 / (2 * (17.5 / 6)), Gamma.scale().resolve(A), Tolerances.ROUNDING, "scale: 1/(p·Var(X)) over all entries");
        assertEquals(0.5, Gamma.auto().resolve(A), 0.0, "auto: 1/p");
        assertEquals(0.3, Gamma.of(0.3).resolve(A), 0.0, "a number");
        assertEquals(1.0, Gamma.scale().resolve(Matrix.filled(4, 3, 2.0)), 0.0, "scale on constant X");
        assertEquals("scale", Gamma.scale().toString());
        assertEquals("0.3", Gamma.of(0.3).toString());
        Golden g = Golden.load("svm_breast_cancer.json");
        double sklearn = g.objects("cases").get(2).number("gamma_value");        // poly, gamma = 'scale'
        assertEquals(1.0, Gamma.scale().resolve(g.matrix("X")) / sklearn, Tolerances.GAMMA, "scikit-learn's _gamma");
    }

    @Test
    void badParametersAndLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Kernel.Rbf(-1.0));
        assertThrows(IllegalArgumentException.class, () -> new Kernel.Rbf(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Kernel.Polynomial(-1, 1.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> new Kernel.Sigmoid(1.0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Gamma.of(-0.1));
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class, () -> new Kernel.Rbf(1.0).apply(X, new double[3]));
        assertTrue(e.getMessage().contains("x has length 2, z has length 3"), e.getMessage());
        assertThrows(ShapeMismatchException.class, () -> new Kernel.Linear().gram(Matrix.zeros(2, 3), Matrix.zeros(2, 2)));
    }
}
