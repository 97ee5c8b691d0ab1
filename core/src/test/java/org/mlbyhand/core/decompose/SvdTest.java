package org.mlbyhand.core.decompose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.dense.row.MatrixFeatures_DDRM;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

class SvdTest {
    private static final CaseGen ANY_SHAPE = CaseGen.create().dim("m", 1, 12).dim("n", 1, 12).matrix("A", "m", "n");
    private static final CaseGen ILL_CONDITIONED = CaseGen.create().dim("m", 2, 12).dim("n", 2, 12)
            .conditioned("A", "m", "n", Tolerances.ILL_CONDITIONED);
    /** A = B·C with inner dimension r < min(m, n): rank r exactly, in exact arithmetic. */
    private static final CaseGen RANK_DEFICIENT = CaseGen.create().dim("m", 2, 12).dim("n", 2, 12).dim("r", 1, 11)
            .matrix("B", "m", "r").matrix("C", "r", "n")
            .require("r < min(m, n)", c -> c.dim("r") < Math.min(c.dim("m"), c.dim("n")))
            .require("B and C have rank r (by EJML)",
                    c -> MatrixFeatures_DDRM.rank(Ejml.of(c.matrix("B"))) == c.dim("r")
                            && MatrixFeatures_DDRM.rank(Ejml.of(c.matrix("C"))) == c.dim("r"));

    /** For closed forms: a few units in the last place of numbers near 1. */
    private static final double EXACT_UP_TO_ROUNDING = 1e-15;

    /** Reconstruction of an input whose entries are subnormal (about 46 significant bits, so 2⁻⁴⁶ ≈ 1e-14). */
    private static final double SUBNORMAL_INPUT = 1e-12;

    /** Relative accuracy of κ = 1e8 recovered from a matrix built with it: p·u·κ ≈ 1e-8, with margin. */
    private static final double CONDITION_NUMBER = 1e-6;

    @Test
    void aDiagonalMatrixHasItsAbsoluteDiagonalSortedAsSingularValues() {
        Svd svd = Svd.of(Matrix.diagonal(new double[] {3, -1, 2}));
        assertArrayEquals(new double[] {3, 2, 1}, svd.singularValues());
        Errors.assertClose(Matrix.of(new double[][] {{1, 0, 0}, {0, 0, -1}, {0, 1, 0}}), svd.u(), 0.0);
        Errors.assertClose(Matrix.of(new double[][] {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}}), svd.v(), 0.0);
        assertEquals(3.0, svd.conditionNumber());
        assertEquals(3, svd.rank());
    }

    @Test
    void thinShapesAreMByKAndNByK() {
        Svd tall = Svd.of(Matrix.of(new double[][] {{0, 2}, {1, 0}, {0, 0}}));
        assertEquals("3×2", tall.u().shape());
        assertEquals("2×2", tall.v().shape());
        assertArrayEquals(new double[] {2, 1}, tall.singularValues());
        Svd wide = Svd.of(Matrix.of(new double[][] {{0, 1, 0}, {2, 0, 0}}));
        assertEquals("2×2", wide.u().shape());
        assertEquals("3×2", wide.v().shape());
        assertArrayEquals(new double[] {2, 1}, wide.singularValues());
    }

    @Test
    void aRowOrColumnHasItsNormAsTheOnlySingularValue() {
        double[] a = {3, 0, -4};
        for (Matrix A : new Matrix[] {Matrix.row(a), Matrix.column(a)}) {
            Svd svd = Svd.of(A);
            assertArrayEquals(new double[] {5}, svd.singularValues(), EXACT_UP_TO_ROUNDING);
            Matrix unit = Matrix.column(new double[] {-0.6, 0, 0.8});
            Errors.assertClose(A.rows() == 1 ? unit : unit.scale(-1), A.rows() == 1 ? svd.v() : svd.u(),
                    EXACT_UP_TO_ROUNDING);
        }
    }

    @Test
    void aZeroMatrixHasZeroSingularValuesAndOrthonormalFactors() {
        for (Matrix A : new Matrix[] {Matrix.zeros(3, 2), Matrix.zeros(2, 3), Matrix.zeros(1, 1)}) {
            Svd svd = Svd.of(A);
            assertArrayEquals(new double[Math.min(A.rows(), A.cols())], svd.singularValues());
            assertEquals(0.0, Errors.orthogonality(svd.u()), A.shape());
            assertEquals(0.0, Errors.orthogonality(svd.v()), A.shape());
            assertEquals(0, svd.rank());
            assertEquals(Double.POSITIVE_INFINITY, svd.conditionNumber());
        }
    }

    @Test
    void anOuterProductHasRankOne() {
        double[] u = {1, 2, 2};
        double[] v = {3, 4};
        Svd svd = Svd.of(Matrix.column(u).multiply(Matrix.row(v)));
        assertEquals(15.0, svd.singularValues()[0], 15 * EXACT_UP_TO_ROUNDING);
        assertEquals(1, svd.rank());
        assertTrue(svd.singularValues()[1] <= 15 * EXACT_UP_TO_ROUNDING);
        assertEquals(0.0, Errors.orthogonality(svd.u()), Tolerances.ORTHOGONALITY);
    }

    @Test
    void emptyMatricesHaveNoSingularValues() {
        Svd svd = Svd.of(Matrix.zeros(0, 3));
        assertEquals(0, svd.singularValues().length);
        assertEquals("0×0", svd.u().shape());
        assertEquals("3×0", svd.v().shape());
        assertEquals(0, svd.rank());
        ArithmeticException e = assertThrows(ArithmeticException.class, svd::conditionNumber);
        assertEquals("Svd.conditionNumber: A is 0×3, no singular values", e.getMessage());
    }

    @Test
    void badInputsAndThresholdsAreRejectedWithTheirNames() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Svd.of(Matrix.of(new double[][] {{1, 2, Double.NaN}})));
        assertEquals("Svd.of: A[0][2] is NaN", nan.getMessage());
        Svd svd = Svd.of(Matrix.identity(2));
        assertThrows(IllegalArgumentException.class, () -> svd.rank(-1));
        assertThrows(IllegalArgumentException.class, () -> svd.rank(Double.NaN));
        assertEquals(2, svd.rank(0.5));
        assertEquals(0, svd.rank(1.0));
    }

    @Test
    void decompositionOfRandomMatricesOfEveryShapeMatchesEjml() {
        Property.forAll(ANY_SHAPE, 61L, Tolerances.TRIALS, c -> {
            Matrix A = c.matrix("A");
            Matrix copy = A.copy();
            Svd svd = Svd.of(A);
            assertEquals(copy, A, "A must not be modified");
            assertDecomposes(A, svd);
            assertSpectrumMatchesEjml(A, svd);
        });
    }

    @Test
    void tallMatricesWiderThanOneQrBlockMatchEjml() {
        // Blocked QR (100 columns), then Golub–Kahan on R; U formed on demand; and the wide transposes.
        Rng rng = new Rng(63L);
        for (Matrix A : new Matrix[] {RandomMatrices.gaussian(rng, 400, 100),
                RandomMatrices.withConditionNumber(rng, 200, 100, Tolerances.ILL_CONDITIONED)}) {
            for (Matrix B : new Matrix[] {A, A.transpose()}) {
                Svd svd = Svd.of(B);
                assertDecomposes(B, svd);
                assertSpectrumMatchesEjml(B, svd);
                assertEquals(svd.u(), svd.u(), "U is formed once, the same every call");
            }
        }
    }

    @Test
    void illConditionedMatricesMatchEjml() {
        Property.forAll(ILL_CONDITIONED, 62L, Tolerances.TRIALS, c -> {
            Matrix A = c.matrix("A");
            Svd svd = Svd.of(A);
            assertDecomposes(A, svd);
            assertSpectrumMatchesEjml(A, svd);
        });
    }

    @Test
    void theConditionNumberOfAConstructedMatrixIsRecovered() {
        // Not a shrinking property: a shrunk matrix would no longer have the constructed κ.
        Rng rng = new Rng(66L);
        for (int trial = 0; trial < Tolerances.TRIALS; trial++) {
            int m = rng.nextInt(2, 12);
            int n = rng.nextInt(2, 12);
            Matrix A = RandomMatrices.withConditionNumber(rng, m, n, Tolerances.ILL_CONDITIONED);
            // σ_min carries an absolute error of about p·u·σ₀, so κ a relative one of about p·u·κ ≈ 1e-8.
            assertEquals(Tolerances.ILL_CONDITIONED, Svd.of(A).conditionNumber(),
                    CONDITION_NUMBER * Tolerances.ILL_CONDITIONED,
                    "condition number of a " + A.shape() + " matrix, trial " + trial);
        }
    }

    @Test
    void rankDeficientMatricesHaveTheirRankAndStillDecompose() {
        Property.forAll(RANK_DEFICIENT, 63L, Tolerances.TRIALS, c -> {
            Matrix A = c.matrix("B").multiply(c.matrix("C"));
            Svd svd = Svd.of(A);
            assertDecomposes(A, svd);
            assertSpectrumMatchesEjml(A, svd);
            assertEquals(c.dim("r"), svd.rank(), "rank of a product through " + c.dim("r") + " dimensions");
        });
    }

    @Test
    void eachRightSingularVectorHasItsLargestEntryPositive() {
        Property.forAll(ANY_SHAPE, 64L, Tolerances.TRIALS, c -> {
            Matrix V = Svd.of(c.matrix("A")).v();
            for (int j = 0; j < V.cols(); j++) {
                double[] v = V.column(j);
                int largest = 0;
                for (int i = 1; i < v.length; i++) {
                    largest = Math.abs(v[i]) > Math.abs(v[largest]) ? i : largest;
                }
                assertTrue(v[largest] > 0, "column " + j + " of V has largest entry " + v[largest]);
            }
        });
    }

    @Test
    void svdOfDataAndEigenOfItsGramMatrixGiveTheSameAxes() {
        Property.forAll(ANY_SHAPE, 65L, Tolerances.TRIALS, c -> {
            Matrix X = c.matrix("A");
            Svd svd = Svd.of(X);
            SymmetricEigen eig = SymmetricEigen.of(Errors.symmetricPart(X.transpose().multiply(X)));
            double[] sigma = svd.singularValues();
            double[] lambda = eig.eigenvalues();
            for (int j = 0; j < sigma.length; j++) {
                boolean separated = (j == 0 || sigma[j - 1] - sigma[j] > 0.1 * sigma[0])
                        && (j == sigma.length - 1 || sigma[j] - sigma[j + 1] > 0.1 * sigma[0]);
                if (separated && sigma[j] > 0.1 * sigma[0]) {
                    double error = Vectors.norm(Vectors.subtract(svd.v().column(j), eig.eigenvector(j)));
                    assertTrue(error <= Tolerances.SEPARATED_EIGENVECTOR,
                            Errors.against("‖v" + j + "(SVD) − v" + j + "(eigen)‖", error,
                                    Tolerances.SEPARATED_EIGENVECTOR));
                    assertEquals(sigma[j] * sigma[j], lambda[j], Tolerances.SPECTRUM * lambda[0]);
                }
            }
        });
    }

    @Test
    void columnsOfWildlyDifferentNormsNeitherUnderflowNorStall() {
        // Column j is Gaussian times 10^(−60·j): norms from 1 down to 1e-300; and the transpose.
        Matrix A = RandomMatrices.gaussian(new Rng(67L), 10, 6);
        for (int j = 0; j < 6; j++) {
            for (int i = 0; i < 10; i++) {
                A.set(i, j, A.get(i, j) * Math.pow(10, -60 * j));
            }
        }
        assertDecomposes(A, Svd.of(A));
        assertDecomposes(A.transpose(), Svd.of(A.transpose()));
        assertSpectrumMatchesEjml(A, Svd.of(A));
    }

    @Test
    void subnormalAndHugeInputsDecompose() {
        Matrix tiny = RandomMatrices.gaussian(new Rng(68L), 4, 3).scale(1e-310);   // ~46 significant bits left
        Svd svd = Svd.of(tiny);
        assertEquals(3, svd.rank());
        assertTrue(Errors.relative(tiny, Errors.product(svd.u(), svd.singularValues(), svd.v())) <= SUBNORMAL_INPUT);
        assertTrue(Errors.orthogonality(svd.u()) <= Tolerances.ORTHOGONALITY);
        Matrix huge = RandomMatrices.gaussian(new Rng(69L), 7, 5).scale(1e300);
        assertDecomposes(huge, Svd.of(huge));
    }

    @Test
    void powerOfTwoScalingScalesSingularValuesExactly() {
        Matrix A = Matrix.of(new double[][] {{1, 2, 3}, {0, 4, 5}});
        Svd reference = Svd.of(A);
        for (int e : new int[] {-1000, 1000}) {
            double s = Math.scalb(1.0, e);
            Svd scaled = Svd.of(A.scale(s));
            assertArrayEquals(Vectors.scale(s, reference.singularValues()), scaled.singularValues());
            assertEquals(reference.u(), scaled.u());
            assertEquals(reference.v(), scaled.v());
        }
    }

    private static void assertDecomposes(Matrix A, Svd svd) {
        double[] sigma = svd.singularValues();
        int k = Math.min(A.rows(), A.cols());
        assertEquals(k, sigma.length);
        for (int j = 0; j < k; j++) {
            assertTrue(sigma[j] >= 0 && (j == 0 || sigma[j - 1] >= sigma[j]), "σ must be ≥ 0 and descending");
        }
        double reconstruction = Errors.relative(A, Errors.product(svd.u(), sigma, svd.v()));
        assertTrue(reconstruction <= Tolerances.RECONSTRUCTION,
                Errors.against("‖A − UΣVᵀ‖/‖A‖", reconstruction, Tolerances.RECONSTRUCTION));
        double orthogonality = Math.max(Errors.orthogonality(svd.u()), Errors.orthogonality(svd.v()));
        assertTrue(orthogonality <= Tolerances.ORTHOGONALITY,
                Errors.against("max(‖UᵀU − I‖, ‖VᵀV − I‖)", orthogonality, Tolerances.ORTHOGONALITY));
    }

    private static void assertSpectrumMatchesEjml(Matrix A, Svd svd) {
        double error = Errors.spectrum(Ejml.singularValues(A), svd.singularValues());
        assertTrue(error <= Tolerances.SPECTRUM, Errors.against("max|σ − σ_EJML|/σ₀", error, Tolerances.SPECTRUM));
    }
}
