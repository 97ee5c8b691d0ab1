package org.mlbyhand.core.decompose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/**
 * The two SVD algorithms, {@link Svd#of} (Golub–Kahan) and {@link Svd#jacobi} (one-sided Jacobi): the
 * contract of {@link SvdTest} for Jacobi, the two against each other, determinism, and shapes past the
 * blocking thresholds. {@link SvdTest} holds Svd.of to the contract.
 */
class SvdVariantsTest {
    private static final CaseGen ANY_SHAPE = CaseGen.create().dim("m", 1, 12).dim("n", 1, 12).matrix("A", "m", "n");

    /** Singular vectors of the two algorithms for values separated by ≥ 10% of σ₀: about u·σ₀/gap, with margin. */
    private static final double SEPARATED_VECTOR = 1e-10;

    private static final Function<Matrix, Svd> GOLUB_KAHAN = Svd::of;
    private static final Function<Matrix, Svd> JACOBI = Svd::jacobi;

    @Test
    void jacobiDecomposesRandomMatricesOfEveryShapeAndMatchesEjml() {
        Property.forAll(ANY_SHAPE, 81L, Tolerances.TRIALS, c -> {
            Matrix A = c.matrix("A");
            Svd svd = Svd.jacobi(A);
            assertDecomposes(A, svd);
            assertSpectrumClose(Ejml.singularValues(A), svd.singularValues(), "Jacobi against EJML");
        });
    }

    @Test
    void jacobiKeepsTheConventionsOnEdgeCases() {
        Svd diagonal = Svd.jacobi(Matrix.diagonal(new double[] {3, -1, 2}));
        assertArrayEquals(new double[] {3, 2, 1}, diagonal.singularValues());
        Errors.assertClose(Matrix.of(new double[][] {{1, 0, 0}, {0, 0, -1}, {0, 1, 0}}), diagonal.u(), 0.0);
        Errors.assertClose(Matrix.of(new double[][] {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}}), diagonal.v(), 0.0);
        for (Matrix Z : new Matrix[] {Matrix.zeros(3, 2), Matrix.zeros(2, 3), Matrix.zeros(1, 1)}) {
            Svd svd = Svd.jacobi(Z);
            assertEquals(0.0, Errors.orthogonality(svd.u()), Z.shape());
            assertEquals(0.0, Errors.orthogonality(svd.v()), Z.shape());
        }
        assertEquals("3×0", Svd.jacobi(Matrix.zeros(0, 3)).v().shape());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Svd.jacobi(Matrix.of(new double[][] {{1, 2, Double.NaN}})));
        assertEquals("Svd.jacobi: A[0][2] is NaN", nan.getMessage());
    }

    @Test
    void golubKahanAndJacobiAgreeOnRandomRankDeficientAndGradedMatrices() {
        Rng rng = new Rng(82L);
        for (int trial = 0; trial < 60; trial++) {
            int m = rng.nextInt(1, 40);
            int n = rng.nextInt(1, 40);
            Matrix A = switch (trial % 3) {
                case 0 -> RandomMatrices.gaussian(rng, m, n);
                case 1 -> RandomMatrices.gaussian(rng, m, Math.max(1, Math.min(m, n) / 2))
                        .multiply(RandomMatrices.gaussian(rng, Math.max(1, Math.min(m, n) / 2), n));
                default -> graded(RandomMatrices.gaussian(rng, m, n), 1e-3);
            };
            String what = "trial " + trial + ", " + A.shape();
            Svd gk = Svd.of(A);
            Svd jacobi = Svd.jacobi(A);
            assertDecomposes(A, gk);
            assertDecomposes(A, jacobi);
            double[] sigma = gk.singularValues();
            assertSpectrumClose(jacobi.singularValues(), sigma, what);
            for (int j = 0; j < sigma.length; j++) {
                boolean separated = (j == 0 || sigma[j - 1] - sigma[j] > 0.1 * sigma[0])
                        && (j == sigma.length - 1 || sigma[j] - sigma[j + 1] > 0.1 * sigma[0]);
                if (separated && sigma[j] > 0.1 * sigma[0]) {
                    double error = Vectors.norm(Vectors.subtract(gk.v().column(j), jacobi.v().column(j)));
                    assertTrue(error <= SEPARATED_VECTOR,
                            Errors.against(what + ": ‖v" + j + "(GK) − v" + j + "(Jacobi)‖", error, SEPARATED_VECTOR));
                }
            }
        }
    }

    @Test
    void bothAlgorithmsDecomposeShapesPastTheBlockingThresholds() {
        // 150×150: blocked reflector products; 700×90 and its transpose: QR first, U formed lazily.
        Rng rng = new Rng(83L);
        for (Matrix A : new Matrix[] {RandomMatrices.gaussian(rng, 150, 150), RandomMatrices.gaussian(rng, 700, 90),
                RandomMatrices.gaussian(rng, 90, 700)}) {
            double[] ejml = Ejml.singularValues(A);
            for (Function<Matrix, Svd> algorithm : java.util.List.of(GOLUB_KAHAN, JACOBI)) {
                Svd svd = algorithm.apply(A);
                assertDecomposes(A, svd);
                assertSpectrumClose(ejml, svd.singularValues(), A.shape());
            }
        }
    }

    @Test
    void repeatedAndClusteredSingularValuesDecompose() {
        // A = P·diag(σ)·Qᵀ with σ = (1, 1, 1, 1 − 1e-12, 0.5, 0.5, 1e-8, 1e-8, 0, 0) and random orthogonal P, Q.
        Rng rng = new Rng(84L);
        double[] sigma = {1, 1, 1, 1 - 1e-12, 0.5, 0.5, 1e-8, 1e-8, 0, 0};
        for (int trial = 0; trial < 10; trial++) {
            Matrix P = RandomMatrices.orthogonal(rng, 10);
            Matrix Q = RandomMatrices.orthogonal(rng, 10);
            Matrix A = Errors.product(P, sigma, Q);
            for (Function<Matrix, Svd> algorithm : java.util.List.of(GOLUB_KAHAN, JACOBI)) {
                Svd svd = algorithm.apply(A);
                assertDecomposes(A, svd);
                assertSpectrumClose(sigma, svd.singularValues(), "constructed spectrum, trial " + trial);
            }
        }
    }

    @Test
    void structuredMatricesDecomposeWithBothAlgorithms() {
        // A shift (zero diagonal: the zero-shift sweeps), all ones (rank 1), Hilbert (κ ≈ 1e16), a zero
        // row and column, and an upper bidiagonal already (its reflectors are the identity).
        int n = 12;
        Matrix shift = Matrix.zeros(n, n);
        Matrix ones = Matrix.filled(n, n, 1.0);
        Matrix hilbert = Matrix.zeros(n, n);
        Matrix holes = RandomMatrices.gaussian(new Rng(87L), n, n);
        Matrix bidiagonal = Matrix.zeros(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                hilbert.set(i, j, 1.0 / (i + j + 1));
            }
            holes.set(3, i, 0.0);
            holes.set(i, 7, 0.0);
            bidiagonal.set(i, i, n - i);
            if (i < n - 1) {
                shift.set(i, i + 1, 1.0);
                bidiagonal.set(i, i + 1, 0.5);
            }
        }
        for (Matrix A : new Matrix[] {shift, ones, hilbert, holes, bidiagonal, shift.transpose()}) {
            double[] ejml = Ejml.singularValues(A);
            for (Function<Matrix, Svd> algorithm : java.util.List.of(GOLUB_KAHAN, JACOBI)) {
                Svd svd = algorithm.apply(A);
                assertDecomposes(A, svd);
                assertSpectrumClose(ejml, svd.singularValues(), "structured " + A.shape());
            }
        }
    }

    @Test
    void tinyAndHugeScalesDecomposeWithBothAlgorithms() {
        Rng rng = new Rng(85L);
        for (double scale : new double[] {1e-300, 1e300}) {
            for (Matrix A : new Matrix[] {RandomMatrices.gaussian(rng, 9, 9).scale(scale),
                    RandomMatrices.gaussian(rng, 12, 5).scale(scale), RandomMatrices.gaussian(rng, 5, 12).scale(scale)}) {
                Svd gk = Svd.of(A);
                assertDecomposes(A, gk);
                assertDecomposes(A, Svd.jacobi(A));
                assertSpectrumClose(Svd.jacobi(A).singularValues(), gk.singularValues(), "scale " + scale);
            }
        }
    }

    @Test
    void theSameInputGivesTheSameBitsEveryTime() {
        Rng rng = new Rng(86L);
        for (Matrix A : new Matrix[] {RandomMatrices.gaussian(rng, 70, 70), RandomMatrices.gaussian(rng, 300, 40),
                RandomMatrices.gaussian(rng, 40, 300)}) {
            for (Function<Matrix, Svd> algorithm : java.util.List.of(GOLUB_KAHAN, JACOBI)) {
                Svd first = algorithm.apply(A);
                Svd second = algorithm.apply(A.copy());
                assertArrayEquals(first.singularValues(), second.singularValues(), A.shape());
                assertEquals(first.u(), second.u(), "U of " + A.shape());
                assertEquals(first.v(), second.v(), "V of " + A.shape());
            }
        }
    }

    /** Column j scaled by ratio^j: a graded matrix (columns of steadily smaller norms). */
    private static Matrix graded(Matrix A, double ratio) {
        Matrix G = A.copy();
        for (int j = 0; j < G.cols(); j++) {
            double s = Math.pow(ratio, j);
            for (int i = 0; i < G.rows(); i++) {
                G.set(i, j, G.get(i, j) * s);
            }
        }
        return G;
    }

    private static void assertDecomposes(Matrix A, Svd svd) {
        double[] sigma = svd.singularValues();
        assertEquals(Math.min(A.rows(), A.cols()), sigma.length);
        for (int j = 0; j < sigma.length; j++) {
            assertTrue(sigma[j] >= 0 && (j == 0 || sigma[j - 1] >= sigma[j]), "σ must be ≥ 0 and descending");
        }
        double reconstruction = Errors.relative(A, Errors.product(svd.u(), sigma, svd.v()));
        assertTrue(reconstruction <= Tolerances.RECONSTRUCTION,
                Errors.against(A.shape() + ": ‖A − UΣVᵀ‖/‖A‖", reconstruction, Tolerances.RECONSTRUCTION));
        double orthogonality = Math.max(Errors.orthogonality(svd.u()), Errors.orthogonality(svd.v()));
        assertTrue(orthogonality <= Tolerances.ORTHOGONALITY, Errors.against(
                A.shape() + ": max(‖UᵀU − I‖, ‖VᵀV − I‖)", orthogonality, Tolerances.ORTHOGONALITY));
    }

    private static void assertSpectrumClose(double[] expected, double[] actual, String what) {
        double error = Errors.spectrum(expected, actual);
        assertTrue(error <= Tolerances.SPECTRUM, Errors.against(what + ": max|σ − σ_ref|/σ₀", error, Tolerances.SPECTRUM));
    }
}
