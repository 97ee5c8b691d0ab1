package org.mlbyhand.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;

/**
 * Matrix's operations against EJML 0.46.1's {@code CommonOps_DDRM}. Products are compared normwise,
 * relative to ‖A‖_F·‖B‖_F, because the summation order may differ and the classic bound
 * |Ĉ − C| ≤ k·u·|A|·|B| is what both promise; single-operation entry-wise results must be bit-identical.
 */
class MatrixVersusEjmlTest {
    /** ‖C − C_EJML‖_F / (‖A‖_F·‖B‖_F) for products, issue #2's "products to 1e-12 relative". */
    private static final double PRODUCT = 1e-12;

    /** Dimension ranges that cross the multiply kernel's small-size paths and a few block edges. */
    private static final CaseGen PRODUCTS = CaseGen.create().dim("m", 0, 70).dim("k", 0, 70).dim("n", 0, 70)
            .matrix("A", "m", "k").matrix("B", "k", "n").vector("x", "k");
    private static final CaseGen PAIRS = CaseGen.create().dim("m", 0, 20).dim("n", 0, 20)
            .matrix("A", "m", "n").matrix("B", "m", "n").scalar("s", -3.0, 3.0);
    private static final int TRIALS = 200;

    @Test
    void multiplyMatchesEjmlToRoundoffNormwise() {
        Property.forAll(PRODUCTS, 71L, TRIALS, c -> {
            Matrix A = c.matrix("A");
            Matrix B = c.matrix("B");
            DMatrixRMaj expected = new DMatrixRMaj(A.rows(), B.cols());
            CommonOps_DDRM.mult(ejml(A), ejml(B), expected);
            assertProductClose(core(expected), A.multiply(B), A.frobeniusNorm() * B.frobeniusNorm());
        });
    }

    @Test
    void multiplyOfIllConditionedAndWildlyScaledFactorsMatchesEjml() {
        CaseGen gen = CaseGen.create().dim("m", 1, 40).dim("k", 1, 40).dim("n", 1, 40)
                .conditioned("A", "m", "k", 1e8).conditioned("B", "k", "n", 1e8).scalar("e", -300, 300);
        Property.forAll(gen, 72L, TRIALS, c -> {
            Matrix A = c.matrix("A").scale(Math.pow(10, c.scalar("e")));
            Matrix B = c.matrix("B");
            DMatrixRMaj expected = new DMatrixRMaj(A.rows(), B.cols());
            CommonOps_DDRM.mult(ejml(A), ejml(B), expected);
            assertProductClose(core(expected), A.multiply(B), A.frobeniusNorm() * B.frobeniusNorm());
        });
    }

    @Test
    void matrixVectorProductMatchesEjml() {
        Property.forAll(PRODUCTS, 73L, TRIALS, c -> {
            Matrix A = c.matrix("A");
            double[] x = c.vector("x");
            DMatrixRMaj expected = new DMatrixRMaj(A.rows(), 1);
            CommonOps_DDRM.mult(ejml(A), new DMatrixRMaj(x.length, 1, true, x.clone()), expected);
            double[] y = A.multiply(x);
            double error = Vectors.norm(Vectors.subtract(y, Arrays.copyOf(expected.data, A.rows())));
            double scale = A.frobeniusNorm() * Vectors.norm(x);
            assertTrue(error <= PRODUCT * scale, "‖y − y_EJML‖ is " + error + ", allowed " + PRODUCT * scale);
        });
    }

    @Test
    void transposeIsExactlyEjmls() {
        Property.forAll(PRODUCTS, 74L, TRIALS, c -> {
            Matrix A = c.matrix("A");
            DMatrixRMaj expected = new DMatrixRMaj(A.cols(), A.rows());
            CommonOps_DDRM.transpose(ejml(A), expected);
            assertEquals(core(expected), A.transpose());
        });
    }

    @Test
    void plusMinusScaleAndHadamardAreExactlyEjmls() {
        Property.forAll(PAIRS, 75L, TRIALS, c -> {
            Matrix A = c.matrix("A");
            Matrix B = c.matrix("B");
            double s = c.scalar("s");
            DMatrixRMaj sum = new DMatrixRMaj(A.rows(), A.cols());
            DMatrixRMaj difference = new DMatrixRMaj(A.rows(), A.cols());
            DMatrixRMaj scaled = new DMatrixRMaj(A.rows(), A.cols());
            DMatrixRMaj product = new DMatrixRMaj(A.rows(), A.cols());
            CommonOps_DDRM.add(ejml(A), ejml(B), sum);
            CommonOps_DDRM.subtract(ejml(A), ejml(B), difference);
            CommonOps_DDRM.scale(s, ejml(A), scaled);
            CommonOps_DDRM.elementMult(ejml(A), ejml(B), product);
            assertEquals(core(sum), A.plus(B));
            assertEquals(core(difference), A.minus(B));
            assertEquals(core(scaled), A.scale(s));
            assertEquals(core(product), A.hadamard(B));
        });
    }

    @Test
    void rowAndColumnSumsAreExactlyEjmls() {
        Property.forAll(PAIRS, 76L, TRIALS, c -> {
            Matrix A = c.matrix("A");
            DMatrixRMaj rowSums = CommonOps_DDRM.sumRows(ejml(A), null);
            DMatrixRMaj columnSums = CommonOps_DDRM.sumCols(ejml(A), null);
            assertArrayEquals(Arrays.copyOf(rowSums.data, A.rows()), A.rowSums());
            assertArrayEquals(Arrays.copyOf(columnSums.data, A.cols()), A.columnSums());
            assertEquals(CommonOps_DDRM.elementSum(ejml(A)), A.sum(), 1e-14 * A.frobeniusNorm() * A.rows() * A.cols());
        });
    }

    private static void assertProductClose(Matrix expected, Matrix actual, double scale) {
        assertEquals(expected.shape(), actual.shape());
        double error = actual.minus(expected).frobeniusNorm();
        assertTrue(error <= PRODUCT * scale, "‖C − C_EJML‖_F is " + error + ", allowed " + PRODUCT + "·‖A‖‖B‖ = "
                + PRODUCT * scale);
    }

    private static DMatrixRMaj ejml(Matrix A) {
        return new DMatrixRMaj(A.rows(), A.cols(), true, A.toRowMajorArray());
    }

    private static Matrix core(DMatrixRMaj M) {
        return Matrix.fromRowMajor(M.numRows, M.numCols, Arrays.copyOf(M.data, M.numRows * M.numCols));
    }
}
