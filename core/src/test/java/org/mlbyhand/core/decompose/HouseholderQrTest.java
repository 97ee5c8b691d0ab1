package org.mlbyhand.core.decompose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;
import org.mlbyhand.core.linalg.Vectors;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

class HouseholderQrTest {
    private static final CaseGen TALL = CaseGen.create().dim("m", 1, 12).dim("n", 1, 10)
            .matrix("A", "m", "n").vector("b", "m")
            .require("m ≥ n", c -> c.dim("m") >= c.dim("n"))
            .require("A is well conditioned", c -> Svd.of(c.matrix("A")).conditionNumber() < 1e3);
    private static final CaseGen ILL_CONDITIONED = CaseGen.create().dim("m", 2, 12).dim("n", 2, 12)
            .conditioned("A", "m", "n", Tolerances.ILL_CONDITIONED)
            .require("m ≥ n", c -> c.dim("m") >= c.dim("n"));

    /** For closed forms: a few units in the last place of numbers near 1. */
    private static final double EXACT_UP_TO_ROUNDING = 1e-15;

    @Test
    void aSingleColumnReflectsOntoMinusItsNormForAPositiveFirstEntry() {
        HouseholderQr qr = HouseholderQr.of(Matrix.of(new double[][] {{3}, {4}}));
        assertEquals(Matrix.of(new double[][] {{-5}}), qr.r());
        Errors.assertClose(Matrix.of(new double[][] {{-0.6}, {-0.8}}), qr.q(), EXACT_UP_TO_ROUNDING);
    }

    @Test
    void aZeroFirstEntryCountsAsPositive() {
        assertEquals(Matrix.of(new double[][] {{-2}}), HouseholderQr.of(Matrix.of(new double[][] {{0}, {2}})).r());
        assertEquals(Matrix.of(new double[][] {{7}}), HouseholderQr.of(Matrix.of(new double[][] {{-7}, {0}})).r());
    }

    @Test
    void aZeroColumnIsLeftAloneWithAZeroPivot() {
        HouseholderQr qr = HouseholderQr.of(Matrix.zeros(3, 2));
        assertEquals(Matrix.zeros(2, 2), qr.r());
        assertEquals(Matrix.identity(3), qr.fullQ());
    }

    @Test
    void theIdentityFactorsAsMinusIdentityTwice() {
        HouseholderQr qr = HouseholderQr.of(Matrix.identity(3));
        Errors.assertClose(Matrix.identity(3).scale(-1), qr.r(), 0.0);
        Errors.assertClose(Matrix.identity(3).scale(-1), qr.q(), 0.0);
    }

    @Test
    void fewerRowsThanColumnsIsRejectedWithTheShape() {
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
                () -> HouseholderQr.of(Matrix.zeros(2, 3)));
        assertEquals("HouseholderQr.of: A is 2×3, needs at least as many rows as columns", e.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> HouseholderQr.of(Matrix.of(new double[][] {{1}, {Double.NEGATIVE_INFINITY}})));
        assertEquals("HouseholderQr.of: A[1][0] is -Infinity", nan.getMessage());
        assertThrows(ShapeMismatchException.class, () -> HouseholderQr.of(Matrix.identity(2)).applyQ(new double[3]));
    }

    @Test
    void factorsReconstructAWithOrthonormalQAndTriangularR() {
        Property.forAll(TALL, 31L, Tolerances.TRIALS, c -> {
            Case original = c.copy();
            HouseholderQr qr = HouseholderQr.of(c.matrix("A"));
            assertNull(c.firstDifference(original), "A must not be modified");
            assertFactorization(c.matrix("A"), qr);
        });
    }

    @Test
    void illConditionedMatricesStillFactorToRoundoff() {
        Property.forAll(ILL_CONDITIONED, 32L, Tolerances.TRIALS, c -> assertFactorization(c.matrix("A"),
                HouseholderQr.of(c.matrix("A"))));
    }

    @Test
    void rMatchesEjmlUpToTheSignOfEachRow() {
        Property.forAll(TALL, 33L, Tolerances.TRIALS, c -> {
            Matrix R = HouseholderQr.of(c.matrix("A")).r();
            Matrix expected = Ejml.qrR(c.matrix("A"));
            for (int i = 0; i < R.rows(); i++) {
                if (Math.signum(R.get(i, i)) != Math.signum(expected.get(i, i))) {
                    for (int j = 0; j < R.cols(); j++) {
                        expected.set(i, j, -expected.get(i, j));
                    }
                }
            }
            double agreement = Errors.relative(expected, R);
            assertTrue(agreement <= Tolerances.FACTOR_AGREEMENT,
                    Errors.against("‖R − D·R_EJML‖/‖R_EJML‖", agreement, Tolerances.FACTOR_AGREEMENT));
        });
    }

    @Test
    void applyingQTransposeAndQAgreeWithTheExplicitFullQ() {
        Property.forAll(TALL, 34L, Tolerances.TRIALS, c -> {
            HouseholderQr qr = HouseholderQr.of(c.matrix("A"));
            double[] b = c.vector("b");
            Matrix Q = qr.fullQ();
            double[] qtb = qr.applyQTranspose(b);
            assertTrue(Errors.relative(Q.transpose().multiply(b), qtb) <= Tolerances.RESIDUAL);
            assertTrue(Errors.relative(b, qr.applyQ(qtb)) <= Tolerances.RESIDUAL, "Q·Qᵀ·b must return b");
            assertEquals(Vectors.norm(b), Vectors.norm(qtb), Tolerances.RESIDUAL * Vectors.norm(b), "‖Qᵀb‖ = ‖b‖");
            Matrix thin = qr.q();
            assertTrue(Errors.relative(Q.slice(0, Q.rows(), 0, thin.cols()), thin) <= Tolerances.RESIDUAL);
        });
    }

    @Test
    void hugeAndTinyEntriesFactorExactlyLikeTheirPowerOfTwoScaledCopy() {
        Matrix A = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 7}});
        HouseholderQr reference = HouseholderQr.of(A);
        for (int e : new int[] {-1000, 1000}) {
            double s = Math.scalb(1.0, e);
            HouseholderQr scaled = HouseholderQr.of(A.scale(s));
            assertEquals(reference.r().scale(s), scaled.r(), "scaling by 2^" + e);
            assertEquals(reference.q(), scaled.q(), "scaling by 2^" + e);
        }
    }

    @Test
    void columnsOfWildlyDifferentNormsAreEachReconstructedToRoundoff() {
        // Column j is Gaussian times 10^(−60·j): norms from 1 down to 1e-300 in one matrix.
        Matrix A = RandomMatrices.gaussian(new Rng(35L), 10, 6);
        for (int j = 0; j < 6; j++) {
            for (int i = 0; i < 10; i++) {
                A.set(i, j, A.get(i, j) * Math.pow(10, -60 * j));
            }
        }
        HouseholderQr qr = HouseholderQr.of(A);
        Matrix QR = qr.q().multiply(qr.r());
        for (int j = 0; j < 6; j++) {
            double error = Errors.relative(Matrix.column(A.column(j)), Matrix.column(QR.column(j)));
            assertTrue(error <= Tolerances.RECONSTRUCTION,
                    Errors.against("column " + j + " of ‖A − QR‖/‖A‖", error, Tolerances.RECONSTRUCTION));
        }
        assertTrue(Errors.orthogonality(qr.q()) <= Tolerances.ORTHOGONALITY);
    }

    @Test
    void matricesWiderThanOneBlockFactorLikeEjml() {
        // 3 blocks and a part (100 columns, blocks of 32): the reflectors of each block reach the rest as products.
        Rng rng = new Rng(34L);
        for (Matrix A : new Matrix[] {RandomMatrices.gaussian(rng, 300, 100),
                RandomMatrices.withConditionNumber(rng, 150, 100, Tolerances.ILL_CONDITIONED)}) {
            HouseholderQr qr = HouseholderQr.of(A);
            assertFactorization(A, qr);
            Matrix R = qr.r();
            Matrix expected = Ejml.qrR(A);
            for (int i = 0; i < R.rows(); i++) {
                if (Math.signum(R.get(i, i)) != Math.signum(expected.get(i, i))) {
                    for (int j = 0; j < R.cols(); j++) {
                        expected.set(i, j, -expected.get(i, j));
                    }
                }
            }
            double agreement = Errors.relative(expected, R);
            assertTrue(agreement <= Tolerances.FACTOR_AGREEMENT,
                    Errors.against("‖R − D·R_EJML‖/‖R_EJML‖", agreement, Tolerances.FACTOR_AGREEMENT));
            assertEquals(Arrays.toString(R.toRowMajorArray()), Arrays.toString(HouseholderQr.of(A.copy()).r().toRowMajorArray()));
        }
    }

    @Test
    void resultsAreBitIdenticalRunToRun() {
        Matrix A = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 7}, {0.1, -3}});
        assertEquals(HouseholderQr.of(A).q(), HouseholderQr.of(A.copy()).q());
        assertArrayEquals(HouseholderQr.of(A).solve(new double[] {1, 2, 3, 4}),
                HouseholderQr.of(A).solve(new double[] {1, 2, 3, 4}));
        assertEquals(Arrays.toString(HouseholderQr.of(A).r().toRowMajorArray()),
                Arrays.toString(HouseholderQr.of(A.copy()).r().toRowMajorArray()));
    }

    private static void assertFactorization(Matrix A, HouseholderQr qr) {
        Matrix Q = qr.q();
        Matrix R = qr.r();
        assertEquals(A.rows() + "×" + A.cols(), Q.shape());
        assertEquals(A.cols() + "×" + A.cols(), R.shape());
        assertEquals(0.0, Errors.belowDiagonal(R), "R must be upper triangular");
        double reconstruction = Errors.relative(A, Q.multiply(R));
        assertTrue(reconstruction <= Tolerances.RECONSTRUCTION,
                Errors.against("‖A − QR‖/‖A‖", reconstruction, Tolerances.RECONSTRUCTION));
        double orthogonality = Math.max(Errors.orthogonality(Q), Errors.orthogonality(qr.fullQ()));
        assertTrue(orthogonality <= Tolerances.ORTHOGONALITY,
                Errors.against("‖QᵀQ − I‖", orthogonality, Tolerances.ORTHOGONALITY));
    }
}
