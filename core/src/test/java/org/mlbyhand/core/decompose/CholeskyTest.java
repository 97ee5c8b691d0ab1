package org.mlbyhand.core.decompose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

class CholeskyTest {
    private static final CaseGen SPD = CaseGen.create().dim("n", 1, 12)
            .symmetricPositiveDefinite("A", "n").vector("b", "n");

    /** C has condition number 1e4, so A = CᵀC (symmetrized exactly) has condition number 1e8. */
    private static final CaseGen ILL_CONDITIONED = CaseGen.create().dim("n", 2, 12)
            .conditioned("C", "n", "n", Math.sqrt(Tolerances.ILL_CONDITIONED)).vector("b", "n");

    @Test
    void toyMatrixHasTheClosedFormFactor() {
        Cholesky c = Cholesky.of(Matrix.of(new double[][] {{4, 2}, {2, 3}}));
        assertEquals(Matrix.of(new double[][] {{2, 0}, {1, Math.sqrt(2)}}), c.l());
        assertEquals(Math.log(8), c.logDeterminant(), 1e-15);
    }

    @Test
    void identityAndOneByOneAreTheirOwnSquareRoots() {
        assertEquals(Matrix.identity(4), Cholesky.of(Matrix.identity(4)).l());
        Cholesky c = Cholesky.of(Matrix.of(new double[][] {{9}}));
        assertEquals(Matrix.of(new double[][] {{3}}), c.l());
        assertArrayEquals(new double[] {2}, c.solve(new double[] {18}));
        assertEquals(0.0, Cholesky.of(Matrix.zeros(0, 0)).logDeterminant());
    }

    @Test
    void anIndefiniteMatrixNamesTheFailedPivot() {
        Matrix A = Matrix.of(new double[][] {{1, 2}, {2, 1}});
        NotPositiveDefiniteException e = assertThrows(NotPositiveDefiniteException.class, () -> Cholesky.of(A));
        assertEquals("not positive definite: pivot 1 is -3", e.getMessage());
        assertEquals(1, e.pivot());
        assertEquals(-3.0, e.value());
    }

    @Test
    void aNegativeDiagonalFailsAtItsOwnPivot() {
        Matrix A = Matrix.of(new double[][] {{4, 0, 0}, {0, 1, 0}, {0, 0, -0.37}});
        NotPositiveDefiniteException e = assertThrows(NotPositiveDefiniteException.class, () -> Cholesky.of(A));
        assertEquals("not positive definite: pivot 2 is -0.37", e.getMessage());
    }

    @Test
    void anExactlySingularMatrixIsNotPositiveDefinite() {
        Matrix A = Matrix.of(new double[][] {{1, 2, 3}, {2, 4, 6}, {3, 6, 10}});
        NotPositiveDefiniteException e = assertThrows(NotPositiveDefiniteException.class, () -> Cholesky.of(A));
        assertEquals("not positive definite: pivot 1 is 0", e.getMessage());
        assertThrows(NotPositiveDefiniteException.class, () -> Cholesky.of(Matrix.zeros(2, 2)));
    }

    @Test
    void aPivotLostInRoundoffIsNotPositiveDefinite() {
        // In exact arithmetic pivot 1 is 1e-20 > 0, but 1 + 1e-20 rounds to 1, so A is singular in double.
        Matrix A = Matrix.of(new double[][] {{1, 1}, {1, 1 + 1e-20}});
        assertThrows(NotPositiveDefiniteException.class, () -> Cholesky.of(A));
    }

    @Test
    void nonSquareNonSymmetricAndNonFiniteInputsAreRejectedWithTheirNames() {
        ShapeMismatchException shape = assertThrows(ShapeMismatchException.class,
                () -> Cholesky.of(Matrix.zeros(2, 3)));
        assertEquals("Cholesky.of: A is 2×3, not square", shape.getMessage());
        IllegalArgumentException asym = assertThrows(IllegalArgumentException.class,
                () -> Cholesky.of(Matrix.of(new double[][] {{4, 2}, {1, 3}})));
        assertEquals("Cholesky.of: A is not symmetric: A[1][0] is 1 but A[0][1] is 2 "
                + "(allowed difference 1e-10·max|A| = 4e-10)", asym.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Cholesky.of(Matrix.of(new double[][] {{4, 2}, {Double.NaN, 3}})));
        assertEquals("Cholesky.of: A[1][0] is NaN", nan.getMessage());
        Cholesky c = Cholesky.of(Matrix.identity(2));
        assertThrows(ShapeMismatchException.class, () -> c.solve(new double[3]));
        assertThrows(IllegalArgumentException.class, () -> c.solve(new double[] {1, Double.NaN}));
    }

    @Test
    void roundoffAsymmetryWithinTheToleranceIsAccepted() {
        Matrix A = Matrix.of(new double[][] {{4, 2}, {2 + 1e-15, 3}});
        assertEquals(2 + 1e-15, Cholesky.of(A).l().get(1, 0) * 2, 1e-15);
    }

    @Test
    void factorIsBitIdenticalToTheTextbookRowByRowLoop() {
        Property.forAll(SPD, 21L, Tolerances.TRIALS, c -> {
            double[][] a = c.matrix("A").toArray();
            int n = a.length;
            double[][] L = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j <= i; j++) {
                    double sum = 0.0;
                    for (int k = 0; k < j; k++) {
                        sum += L[i][k] * L[j][k];
                    }
                    L[i][j] = i == j ? Math.sqrt(a[i][i] - sum) : (a[i][j] - sum) / L[j][j];
                }
            }
            assertEquals(Matrix.of(L), Cholesky.of(c.matrix("A")).l());
        });
    }

    @Test
    void factorMatchesEjmlAndReconstructsA() {
        Property.forAll(SPD, 22L, Tolerances.TRIALS, c -> {
            Case original = c.copy();
            Matrix A = c.matrix("A");
            Matrix L = Cholesky.of(A).l();
            assertNull(c.firstDifference(original), "A must not be modified");
            assertEquals(0.0, upperPart(L), "L must be lower triangular");
            double agreement = Errors.relative(Ejml.choleskyL(A), L);
            assertTrue(agreement <= Tolerances.FACTOR_AGREEMENT,
                    Errors.against("‖L − L_EJML‖/‖L_EJML‖", agreement, Tolerances.FACTOR_AGREEMENT));
            assertReconstructs(A, L);
        });
    }

    @Test
    void illConditionedMatricesStillReconstructToRoundoff() {
        Property.forAll(ILL_CONDITIONED, 23L, Tolerances.TRIALS, c -> {
            Matrix C = c.matrix("C");
            Matrix A = Errors.symmetricPart(C.transpose().multiply(C));
            assertReconstructs(A, Cholesky.of(A).l());
        });
    }

    @Test
    void solveLeavesABackwardStableResidual() {
        Property.forAll(SPD, 24L, Tolerances.TRIALS, c -> {
            Matrix A = c.matrix("A");
            double[] b = c.vector("b");
            double[] x = Cholesky.of(A).solve(b);
            double residual = Vectors.norm(Vectors.subtract(A.multiply(x), b)) / (A.frobeniusNorm() * Vectors.norm(x));
            assertTrue(residual <= Tolerances.RESIDUAL,
                    Errors.against("‖Ax − b‖/(‖A‖‖x‖)", residual, Tolerances.RESIDUAL));
            Matrix X = Cholesky.of(A).solve(Matrix.column(b));
            assertArrayEquals(x, X.column(0));
        });
    }

    @Test
    void logDeterminantMatchesEjmlFactor() {
        Property.forAll(SPD, 25L, Tolerances.TRIALS, c -> {
            Matrix A = c.matrix("A");
            Matrix L = Ejml.choleskyL(A);
            double expected = 0.0;
            for (int i = 0; i < A.rows(); i++) {
                expected += 2.0 * Math.log(L.get(i, i));
            }
            double error = Math.abs(Cholesky.of(A).logDeterminant() - expected);
            assertTrue(error <= Tolerances.RESIDUAL * Math.max(1.0, Math.abs(expected)),
                    Errors.against("|logdet − logdet_EJML|", error, Tolerances.RESIDUAL));
        });
    }

    /** Orders on both sides of the blocked path's threshold and its block edges (64, 128, 192). */
    @Test
    void blockedFactorMatchesTheRowByRowLoopAndEjml() {
        org.mlbyhand.core.random.Rng rng = new org.mlbyhand.core.random.Rng(26);
        for (int n : new int[] {127, 128, 129, 191, 200, 300}) {
            Matrix G = Matrix.zeros(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    G.set(i, j, rng.nextGaussian());
                }
            }
            Matrix A = Errors.symmetricPart(G.multiply(G.transpose()).plus(Matrix.identity(n)));
            Matrix L = Cholesky.of(A).l();
            assertReconstructs(A, L);
            assertEquals(0.0, Errors.belowDiagonal(L.transpose()), "L is lower triangular at n = " + n);
            double agreement = Errors.relative(Matrix.of(Cholesky.rowByRow(A.toArray())), L);
            assertTrue(agreement <= Tolerances.FACTOR_AGREEMENT,
                    Errors.against("‖L − L_rowByRow‖/‖L_rowByRow‖", agreement, Tolerances.FACTOR_AGREEMENT));
            agreement = Errors.relative(Ejml.choleskyL(A), L);
            assertTrue(agreement <= Tolerances.FACTOR_AGREEMENT,
                    Errors.against("‖L − L_EJML‖/‖L_EJML‖", agreement, Tolerances.FACTOR_AGREEMENT));
        }
    }

    @Test
    void theBlockedFactorNamesTheFailedPivotInEveryBlock() {
        for (int pivot : new int[] {0, 63, 64, 150, 199}) {
            Matrix A = Matrix.identity(200).plus(Matrix.filled(200, 200, 0.001));
            A.set(pivot, pivot, -0.37);
            NotPositiveDefiniteException e = assertThrows(NotPositiveDefiniteException.class, () -> Cholesky.of(A));
            NotPositiveDefiniteException expected = assertThrows(NotPositiveDefiniteException.class,
                    () -> Cholesky.rowByRow(A.toArray()));
            assertEquals(pivot, e.pivot());
            assertEquals(expected.pivot(), e.pivot());
            assertEquals(expected.value(), e.value(), 1e-14);
        }
    }

    private static void assertReconstructs(Matrix A, Matrix L) {
        double error = Errors.relative(A, L.multiply(L.transpose()));
        assertTrue(error <= Tolerances.RECONSTRUCTION,
                Errors.against("‖A − LLᵀ‖/‖A‖", error, Tolerances.RECONSTRUCTION));
    }

    private static double upperPart(Matrix L) {
        return Errors.belowDiagonal(L.transpose());
    }
}
