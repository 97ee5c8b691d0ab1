package org.mlbyhand.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/**
 * The start-up choice of product path ({@link ProductPaths}) and the Vector API kernel against the plain
 * one, bit for bit. The maintainers' profile runs core's tests twice, on a JVM without flags and on one
 * with {@code --add-modules jdk.incubator.vector}, and tells each run which path it must find through
 * {@code -Dmlbyhand.test.productPath}, so a run meant for the Vector API cannot fall back to the plain
 * path unnoticed. The comparisons need the Vector API kernel and are skipped on a JVM without it.
 */
class ProductPathsTest {
    /** Odd shapes around the register tile (6 or 4 rows × 8 or 24 columns) and the blocks (KC = 256). */
    private static final CaseGen AROUND_TILES = CaseGen.create().dim("m", 1, 30).dim("k", 1, 40).dim("n", 1, 60)
            .matrix("A", "m", "k").matrix("B", "k", "n");

    @Test
    void thePathInUseIsTheOneThisJvmWasStartedFor() {
        boolean hasModule = ModuleLayer.boot().findModule(ProductPaths.VECTOR_MODULE).isPresent();
        boolean forcedPlain = "plain".equals(System.getProperty(ProductPaths.PROPERTY));
        String expected = System.getProperty("mlbyhand.test.productPath");
        if (expected != null) {
            assertEquals(ProductPath.valueOf(expected), MatrixMultiply.path(),
                    "this test run was started for the " + expected + " path (module " + ProductPaths.VECTOR_MODULE
                            + (hasModule ? " present" : " absent") + ")");
        }
        if (!hasModule || forcedPlain) {
            assertEquals(ProductPath.PLAIN_JAVA, MatrixMultiply.path());
        }
        assertEquals(MatrixMultiply.path() == ProductPath.VECTOR_API, ProductPaths.kernel() != ProductPaths.PLAIN);
    }

    @Test
    void withoutTheModuleTheVectorApiEntryPointsSayWhichFlagTheyNeed() {
        assumeTrue(ModuleLayer.boot().findModule(ProductPaths.VECTOR_MODULE).isEmpty(), "this JVM has the module");
        Matrix I = Matrix.identity(2);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> MatrixMultiply.vectorApi(I, I, Matrix.zeros(2, 2)));
        assertTrue(e.getMessage().contains("--add-modules jdk.incubator.vector"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> MatrixMultiply.vectorApiParallel(I, I, Matrix.zeros(2, 2)));
    }

    @Test
    void theVectorApiKernelGivesThePlainKernelsBitsOnShapesAroundTheTile() {
        assumeVectorApi();
        Property.forAll(AROUND_TILES, 31L, 300, c -> assertBitIdentical(c.matrix("A"), c.matrix("B")));
    }

    @Test
    void theVectorApiKernelGivesThePlainKernelsBitsOnEdgeShapes() {
        assumeVectorApi();
        // 1×1; a single row or column; k = 1; edges that are not multiples of the tile or of the blocks;
        // k across one and several blocks of 256; more columns than one column block (NC ≥ 256).
        int[][] shapes = {{1, 1, 1}, {1, 300, 1}, {1, 257, 531}, {531, 257, 1}, {7, 1, 9}, {13, 3, 17},
                {6, 256, 8}, {12, 512, 24}, {97, 255, 263}, {101, 777, 45}, {203, 1000, 530}};
        Rng rng = new Rng(32L);
        for (int[] s : shapes) {
            assertBitIdentical(RandomMatrices.gaussian(rng, s[0], s[1]), RandomMatrices.gaussian(rng, s[1], s[2]));
        }
    }

    @Test
    void anEmptyInnerDimensionGivesZerosOnTheVectorApiPath() {
        assumeVectorApi();
        Matrix C = Matrix.filled(7, 9, Double.NaN);
        MatrixMultiply.vectorApi(Matrix.zeros(7, 0), Matrix.zeros(0, 9), C);
        assertEquals(Matrix.zeros(7, 9), C);
        C = Matrix.filled(7, 9, Double.NaN);
        MatrixMultiply.vectorApiParallel(Matrix.zeros(7, 0), Matrix.zeros(0, 9), C);
        assertEquals(Matrix.zeros(7, 9), C);
        MatrixMultiply.vectorApi(Matrix.zeros(0, 3), Matrix.zeros(3, 9), Matrix.zeros(0, 9));
        MatrixMultiply.vectorApi(Matrix.zeros(7, 3), Matrix.zeros(3, 0), Matrix.zeros(7, 0));
    }

    @Test
    void nanAndInfinityTakeTheSameBitsOnTheVectorApiPath() {
        assumeVectorApi();
        Rng rng = new Rng(33L);
        Matrix A = RandomMatrices.gaussian(rng, 29, 300);
        Matrix B = RandomMatrices.gaussian(rng, 300, 37);
        A.set(3, 5, Double.NaN);
        A.set(28, 299, Double.NEGATIVE_INFINITY); // the last row: in the zero-padded edge tile
        B.set(7, 9, Double.POSITIVE_INFINITY);
        B.set(260, 36, Double.POSITIVE_INFINITY); // the last column, in the second block of p
        Matrix C = assertBitIdentical(A, B);
        assertTrue(Double.isNaN(C.get(3, 0)), "row 3 uses A[3][5] = NaN");
        assertTrue(Double.isInfinite(C.get(0, 9)), "column 9 uses B[7][9] = ∞");
        assertTrue(Double.isNaN(C.get(28, 36)), "C[28][36] uses both −∞ and +∞");
        assertTrue(Double.isFinite(C.get(0, 0)), "C[0][0] uses no special value");
    }

    @Test
    void theVectorApiKernelGivesTheSameBitsOnOneThreadAndOnAll() throws Exception {
        assumeVectorApi();
        Rng rng = new Rng(34L);
        Matrix A = RandomMatrices.gaussian(rng, 301, 283);
        Matrix B = RandomMatrices.gaussian(rng, 283, 269);
        Matrix plain = Matrix.zeros(301, 269);
        MatrixMultiply.blocked(A, B, plain);
        for (int threads : new int[] {1, 2, 3, Runtime.getRuntime().availableProcessors()}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                Matrix viaPool = pool.submit(() -> {
                    Matrix C = Matrix.zeros(301, 269);
                    MatrixMultiply.vectorApiParallel(A, B, C);
                    return C;
                }).get();
                assertEquals(plain, viaPool, "vectorApiParallel on " + threads + " threads");
                assertEquals(plain, pool.submit(() -> A.multiply(B)).get(), "Matrix.multiply on " + threads + " threads");
            } finally {
                pool.shutdown();
            }
        }
    }

    private static void assumeVectorApi() {
        assumeTrue(ProductPaths.vectorApi().isPresent(), "no Vector API kernel in this JVM (no --add-modules "
                + ProductPaths.VECTOR_MODULE + ")");
    }

    /** C = A·B by the plain and Vector API kernels, on one thread and all: the same bits, which it returns. */
    private static Matrix assertBitIdentical(Matrix A, Matrix B) {
        String shapes = A.shape() + " · " + B.shape();
        Matrix plain = Matrix.filled(A.rows(), B.cols(), 5.0);
        MatrixMultiply.blocked(A, B, plain);
        Matrix vector = Matrix.filled(A.rows(), B.cols(), 5.0);
        MatrixMultiply.vectorApi(A, B, vector);
        assertEquals(plain, vector, "vectorApi differs from blocked at " + firstDifference(plain, vector) + " for " + shapes);
        Matrix parallel = Matrix.filled(A.rows(), B.cols(), 5.0);
        MatrixMultiply.vectorApiParallel(A, B, parallel);
        assertEquals(plain, parallel, "vectorApiParallel differs from blocked at " + firstDifference(plain, parallel)
                + " for " + shapes);
        return vector;
    }

    private static String firstDifference(Matrix expected, Matrix actual) {
        for (int i = 0; i < expected.rows(); i++) {
            for (int j = 0; j < expected.cols(); j++) {
                if (Double.doubleToLongBits(expected.get(i, j)) != Double.doubleToLongBits(actual.get(i, j))) {
                    return "[" + i + "][" + j + "] (expected " + expected.get(i, j) + ", got " + actual.get(i, j) + ")";
                }
            }
        }
        return "no entry";
    }
}
