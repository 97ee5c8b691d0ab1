package org.mlbyhand.core.decompose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

class SymmetricEigenTest {
    /** S = (A + Aᵀ)/2 with A Gaussian: indefinite, eigenvalues of both signs. */
    private static final CaseGen SYMMETRIC = CaseGen.create().dim("n", 1, 12).matrix("A", "n", "n");

    /**
     * S = Q·diag(λ)·Qᵀ with Q orthogonal (a matrix of condition number 1) and |λ| spread geometrically
     * from 1 down to 1e-8 with alternating signs.
     */
    private static final CaseGen WIDE_SPECTRUM = CaseGen.create().dim("n", 2, 12).conditioned("Q", "n", "n", 1.0);

    /** For closed forms: a few units in the last place of numbers near 1. */
    private static final double EXACT_UP_TO_ROUNDING = 1e-15;

    @Test
    void twoByTwoHasTheClosedFormEigenpairs() {
        SymmetricEigen e = SymmetricEigen.of(Matrix.of(new double[][] {{2, 1}, {1, 2}}));
        assertArrayEquals(new double[] {3, 1}, e.eigenvalues(), EXACT_UP_TO_ROUNDING);
        double h = Math.sqrt(0.5);
        assertArrayEquals(new double[] {h, h}, e.eigenvector(0), EXACT_UP_TO_ROUNDING);
        assertArrayEquals(new double[] {1, -1}, Vectors.scale(1 / h, e.eigenvector(1)), 1e-15 / h);
    }

    @Test
    void aDiagonalMatrixIsSortedDescendingWithRepeatsKept() {
        SymmetricEigen e = SymmetricEigen.of(Matrix.diagonal(new double[] {2, 5, 2, -1}));
        assertArrayEquals(new double[] {5, 2, 2, -1}, e.eigenvalues());
        Matrix V = e.eigenvectors();
        Errors.assertClose(Matrix.of(new double[][] {{0, 1, 0, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}}), V, 0.0);
    }

    @Test
    void identityZeroAndOneByOneNeedNoIterations() {
        SymmetricEigen identity = SymmetricEigen.of(Matrix.identity(5));
        assertArrayEquals(new double[] {1, 1, 1, 1, 1}, identity.eigenvalues());
        assertEquals(Matrix.identity(5), identity.eigenvectors());
        SymmetricEigen zero = SymmetricEigen.of(Matrix.zeros(3, 3));
        assertArrayEquals(new double[] {0, 0, 0}, zero.eigenvalues());
        assertEquals(Matrix.identity(3), zero.eigenvectors());
        SymmetricEigen one = SymmetricEigen.of(Matrix.of(new double[][] {{-3}}));
        assertArrayEquals(new double[] {-3}, one.eigenvalues());
        assertEquals(Matrix.of(new double[][] {{1}}), one.eigenvectors());
        assertEquals(0, SymmetricEigen.of(Matrix.zeros(0, 0)).size());
    }

    @Test
    void aRepeatedEigenvalueGetsAnOrthonormalBasisOfItsEigenspace() {
        // 3·I − 2·u·uᵀ for a unit u: eigenvalues {3, 3, 1}.
        double[] u = {1 / 3.0, 2 / 3.0, 2 / 3.0};
        Matrix S = Matrix.identity(3).scale(3).minus(Matrix.column(u).multiply(Matrix.row(u)).scale(2));
        SymmetricEigen e = SymmetricEigen.of(S);
        assertArrayEquals(new double[] {3, 3, 1}, e.eigenvalues(), 4 * EXACT_UP_TO_ROUNDING);
        assertDecomposes(S, e);
        assertEquals(1.0, Math.abs(Vectors.dot(u, e.eigenvector(2))), EXACT_UP_TO_ROUNDING);
    }

    @Test
    void nonSquareNonSymmetricAndNonFiniteInputsAreRejectedWithTheirNames() {
        ShapeMismatchException shape = assertThrows(ShapeMismatchException.class,
                () -> SymmetricEigen.of(Matrix.zeros(3, 2)));
        assertEquals("SymmetricEigen.of: S is 3×2, not square", shape.getMessage());
        IllegalArgumentException asym = assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigen.of(Matrix.of(new double[][] {{1, 0}, {1, 1}})));
        assertTrue(asym.getMessage().startsWith("SymmetricEigen.of: S is not symmetric: S[1][0] is 1 but S[0][1] is 0"),
                asym.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigen.of(Matrix.of(new double[][] {{1, Double.NaN}, {Double.NaN, 1}})));
        assertEquals("SymmetricEigen.of: S[0][1] is NaN", nan.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> SymmetricEigen.of(Matrix.identity(2)).eigenvector(2));
    }

    @Test
    void decompositionOfRandomSymmetricMatricesMatchesEjml() {
        Property.forAll(SYMMETRIC, 51L, Tolerances.TRIALS, c -> {
            Matrix S = Errors.symmetricPart(c.matrix("A"));
            Matrix copy = S.copy();
            SymmetricEigen e = SymmetricEigen.of(S);
            assertEquals(copy, S, "S must not be modified");
            assertDecomposes(S, e);
            assertSpectrumMatchesEjml(S, e);
        });
    }

    @Test
    void decompositionWithEigenvaluesSpanningEightDecadesMatchesEjml() {
        Property.forAll(WIDE_SPECTRUM, 52L, Tolerances.TRIALS, c -> {
            Matrix S = wideSpectrum(c.matrix("Q"));
            SymmetricEigen e = SymmetricEigen.of(S);
            assertDecomposes(S, e);
            assertSpectrumMatchesEjml(S, e);
        });
    }

    @Test
    void wellSeparatedEigenvectorsMatchEjmlUpToSign() {
        Property.forAll(SYMMETRIC, 53L, Tolerances.TRIALS, c -> {
            Matrix S = Errors.symmetricPart(c.matrix("A"));
            SymmetricEigen e = SymmetricEigen.of(S);
            double[] lambda = e.eigenvalues();
            double[][] expected = Ejml.symmetricEigenvectors(S);
            double norm = Vectors.maxAbs(lambda);
            for (int j = 0; j < lambda.length; j++) {
                double gap = Double.POSITIVE_INFINITY;
                for (int i = 0; i < lambda.length; i++) {
                    gap = i == j ? gap : Math.min(gap, Math.abs(lambda[i] - lambda[j]));
                }
                if (gap < 0.01 * norm) {
                    continue;
                }
                double[] v = e.eigenvector(j);
                double sign = Math.signum(Vectors.dot(v, expected[j]));
                double error = Vectors.norm(Vectors.subtract(v, Vectors.scale(sign, expected[j])));
                assertTrue(error <= Tolerances.SEPARATED_EIGENVECTOR,
                        Errors.against("‖v" + j + " ∓ v_EJML‖", error, Tolerances.SEPARATED_EIGENVECTOR));
            }
        });
    }

    @Test
    void eachEigenvectorHasItsLargestEntryPositive() {
        Property.forAll(SYMMETRIC, 54L, Tolerances.TRIALS, c -> {
            SymmetricEigen e = SymmetricEigen.of(Errors.symmetricPart(c.matrix("A")));
            for (int j = 0; j < e.size(); j++) {
                double[] v = e.eigenvector(j);
                int largest = 0;
                for (int i = 1; i < v.length; i++) {
                    largest = Math.abs(v[i]) > Math.abs(v[largest]) ? i : largest;
                }
                assertTrue(v[largest] > 0, "eigenvector " + j + " has largest entry " + v[largest]);
            }
        });
    }

    @Test
    void powerOfTwoScalingScalesEigenvaluesExactlyWithoutOverflow() {
        Matrix S = Errors.symmetricPart(Matrix.of(new double[][] {{1, 2, 3}, {0, 4, 5}, {1, 1, -6}}));
        SymmetricEigen reference = SymmetricEigen.of(S);
        for (int e : new int[] {-1000, 1000}) {
            double s = Math.scalb(1.0, e);
            SymmetricEigen scaled = SymmetricEigen.of(S.scale(s));
            assertArrayEquals(Vectors.scale(s, reference.eigenvalues()), scaled.eigenvalues(), "scaling by 2^" + e);
            assertEquals(reference.eigenvectors(), scaled.eigenvectors(), "scaling by 2^" + e);
        }
    }

    @Test
    void aGradedMatrixSpanningThreeHundredDecadesDecomposes() {
        // S = D·G·D with D = diag(1, 1e-50, …, 1e-250): entries from 1 down to 1e-500 (underflowing to 0).
        Matrix G = Errors.symmetricPart(RandomMatrices.gaussian(new Rng(55L), 6, 6));
        Matrix S = Matrix.zeros(6, 6);
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                S.set(i, j, G.get(i, j) * Math.pow(10, -50 * i) * Math.pow(10, -50 * j));
            }
        }
        SymmetricEigen e = SymmetricEigen.of(S);
        assertDecomposes(S, e);
        assertSpectrumMatchesEjml(S, e);
    }

    @Test
    void roundoffAsymmetryIsAveragedAway() {
        Matrix S = Matrix.of(new double[][] {{2, 1 + 1e-15}, {1 - 1e-15, 2}});
        assertArrayEquals(new double[] {3, 1}, SymmetricEigen.of(S).eigenvalues(), EXACT_UP_TO_ROUNDING);
    }

    private static Matrix wideSpectrum(Matrix Q) {
        int n = Q.rows();
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = (i % 2 == 0 ? 1 : -1) * Math.pow(Tolerances.ILL_CONDITIONED, -(double) i / (n - 1));
        }
        return Errors.symmetricPart(Errors.product(Q, lambda, Q));
    }

    private static void assertDecomposes(Matrix S, SymmetricEigen e) {
        double[] lambda = e.eigenvalues();
        for (int j = 1; j < lambda.length; j++) {
            assertTrue(lambda[j - 1] >= lambda[j], "eigenvalues must descend: " + lambda[j - 1] + ", " + lambda[j]);
        }
        Matrix V = e.eigenvectors();
        double reconstruction = Errors.relative(S, Errors.product(V, lambda, V));
        assertTrue(reconstruction <= Tolerances.RECONSTRUCTION,
                Errors.against("‖S − VΛVᵀ‖/‖S‖", reconstruction, Tolerances.RECONSTRUCTION));
        double orthogonality = Errors.orthogonality(V);
        assertTrue(orthogonality <= Tolerances.ORTHOGONALITY,
                Errors.against("‖VᵀV − I‖", orthogonality, Tolerances.ORTHOGONALITY));
    }

    private static void assertSpectrumMatchesEjml(Matrix S, SymmetricEigen e) {
        double error = Errors.spectrum(Ejml.symmetricEigenvalues(S), e.eigenvalues());
        assertTrue(error <= Tolerances.SPECTRUM, Errors.against("max|λ − λ_EJML|/max|λ|", error, Tolerances.SPECTRUM));
    }
}
