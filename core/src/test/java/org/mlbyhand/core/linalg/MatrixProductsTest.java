package org.mlbyhand.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.mlbyhand.core.property.Case;
import org.mlbyhand.core.property.CaseGen;
import org.mlbyhand.core.property.Property;
import org.mlbyhand.core.random.RandomMatrices;
import org.mlbyhand.core.random.Rng;

/**
 * The fast matrix-multiply kernels against the definition ({@link MatrixProducts#multiplyNaive}), on random
 * inputs of odd shapes: 1×1, single rows and columns, primes, and sizes that straddle the block sizes.
 */
class MatrixProductsTest {
    /** Allowed error of an entry, relative to its natural scale Σₚ|Aᵢₚ||Bₚⱼ| (see {@link #assertAgrees}). */
    private static final double RELATIVE_TOLERANCE = 1e-12;

    /** Small shapes, every combination of 1 and odd sizes, below and above the small-product threshold. */
    private static final CaseGen SMALL = CaseGen.create().dim("m", 1, 40).dim("k", 1, 40).dim("n", 1, 40)
            .matrix("A", "m", "k").matrix("B", "k", "n");
    /** Shapes around one block: k and n cross KC = NC = 256, m crosses the 48-row tasks. */
    private static final CaseGen AROUND_BLOCK = CaseGen.create().dim("m", 44, 52).dim("k", 250, 263)
            .dim("n", 250, 263).matrix("A", "m", "k").matrix("B", "k", "n");
    /** Thin shapes: a single row or column against a long side. */
    private static final CaseGen THIN = CaseGen.create().dim("m", 1, 3).dim("k", 1, 300).dim("n", 1, 300)
            .matrix("A", "m", "k").matrix("B", "k", "n");

    @Test
    void blockedAgreesWithTheNaiveDefinitionOnSmallShapes() {
        Property.forAll(SMALL, 11L, 300, c -> assertAgrees(naive(c), blocked(c), c));
    }

    @Test
    void blockedAgreesWithTheNaiveDefinitionAroundTheBlockSizes() {
        Property.forAll(AROUND_BLOCK, 12L, 8, c -> assertAgrees(naive(c), blocked(c), c));
    }

    @Test
    void blockedAgreesWithTheNaiveDefinitionOnSingleRowsAndColumns() {
        Property.forAll(THIN, 13L, 60, c -> assertAgrees(naive(c), blocked(c), c));
        Property.forAll(THIN, 14L, 60, c -> {
            Case t = Case.of("A", c.matrix("B").transpose(), "B", c.matrix("A").transpose());
            assertAgrees(naive(t), blocked(t), t);
        });
    }

    @Test
    void primeShapesOnEitherSideOfTheBlocksAgreeWithTheNaiveDefinition() {
        int[][] shapes = {{1, 1, 1}, {1, 257, 1}, {257, 1, 263}, {67, 257, 263}, {131, 509, 17}, {2, 3, 521}};
        Rng rng = new Rng(15L);
        for (int[] s : shapes) {
            Case c = Case.of("A", RandomMatrices.gaussian(rng, s[0], s[1]), "B", RandomMatrices.gaussian(rng, s[1], s[2]));
            assertAgrees(naive(c), blocked(c), c);
            assertEquals(blocked(c), parallel(c), "parallel differs from blocked for " + c.matrix("A").shape()
                    + " · " + c.matrix("B").shape());
        }
    }

    @Test
    void blockedRoundsExactlyLikeTheFusedLoopInOrderOfP() {
        // The blocking changes which entries are computed together, never the order of an entry's sum.
        Property.forAll(SMALL, 16L, 200, c -> assertEquals(fusedLoop(c), blocked(c)));
        Property.forAll(AROUND_BLOCK, 17L, 4, c -> assertEquals(fusedLoop(c), blocked(c)));
    }

    @Test
    void theResultIsBitIdenticalWhateverTheNumberOfThreads() throws Exception {
        Rng rng = new Rng(18L);
        Matrix A = RandomMatrices.gaussian(rng, 301, 283);
        Matrix B = RandomMatrices.gaussian(rng, 283, 269);
        Matrix single = Matrix.zeros(301, 269);
        MatrixMultiply.blocked(A, B, single);
        for (int threads : new int[] {1, 2, 3, 8}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                // A parallel stream started inside a pool runs its tasks in that pool.
                Matrix viaPool = pool.submit(() -> {
                    Matrix C = Matrix.zeros(301, 269);
                    MatrixMultiply.parallel(A, B, C);
                    return C;
                }).get();
                Matrix viaMultiply = pool.submit(() -> A.multiply(B)).get();
                assertEquals(single, viaPool, "MatrixMultiply.parallel on " + threads + " threads");
                assertEquals(single, viaMultiply, "Matrix.multiply on " + threads + " threads");
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void matrixMultiplyGivesTheSameBitsOnEveryPathItChooses() {
        // Below the small-product threshold, narrow, single-threaded blocked, and parallel.
        int[][] shapes = {{3, 4, 5}, {200, 300, 4}, {20, 30, 50}, {130, 140, 150}};
        Rng rng = new Rng(19L);
        for (int[] s : shapes) {
            Case c = Case.of("A", RandomMatrices.gaussian(rng, s[0], s[1]), "B", RandomMatrices.gaussian(rng, s[1], s[2]));
            assertEquals(fusedLoop(c), c.matrix("A").multiply(c.matrix("B")), "Matrix.multiply for " + c);
        }
    }

    @Test
    void loopOrderGivesTheNaiveSumsBitForBit() {
        Property.forAll(SMALL, 20L, 200, c -> {
            Matrix C = Matrix.zeros(c.dim("m"), c.dim("n"));
            MatrixMultiply.loopOrder(c.matrix("A"), c.matrix("B"), C);
            assertEquals(naive(c), C);
        });
    }

    @Test
    void theOutputIsOverwrittenAndTheInputsAreNotModified() {
        Property.forAll(SMALL, 21L, 100, c -> {
            Matrix A = c.matrix("A");
            Matrix B = c.matrix("B");
            Matrix copyA = A.copy();
            Matrix copyB = B.copy();
            Matrix C = Matrix.filled(A.rows(), B.cols(), Double.NaN);
            MatrixMultiply.parallel(A, B, C);
            assertEquals(fusedLoop(c), C);
            assertEquals(copyA, A);
            assertEquals(copyB, B);
        });
    }

    @Test
    void emptyInnerDimensionGivesZerosAndEmptyOuterDimensionsGiveEmptyProducts() {
        Matrix C = Matrix.filled(3, 2, 7.0);
        MatrixMultiply.blocked(Matrix.zeros(3, 0), Matrix.zeros(0, 2), C);
        assertEquals(Matrix.zeros(3, 2), C);
        assertEquals(Matrix.zeros(0, 5), Matrix.zeros(0, 4).multiply(Matrix.zeros(4, 5)));
        assertEquals(Matrix.zeros(5, 0), Matrix.zeros(5, 4).multiply(Matrix.zeros(4, 0)));
    }

    @Test
    void nanAndInfinityReachOnlyTheEntriesThatUseThem() {
        Matrix A = Matrix.filled(40, 40, 1.0);
        A.set(3, 5, Double.NaN);
        Matrix B = Matrix.identity(40);
        B.set(7, 9, Double.POSITIVE_INFINITY);
        Matrix C = Matrix.zeros(40, 40);
        MatrixMultiply.blocked(A, B, C);
        assertTrue(Double.isNaN(C.get(3, 0)), "row 3 uses A[3][5] = NaN");
        assertEquals(Double.POSITIVE_INFINITY, C.get(0, 9), "column 9 uses B[7][9] = ∞");
        assertEquals(1.0, C.get(0, 0));
    }

    @Test
    void mismatchedShapesAreRejectedNamingAllThree() {
        ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
                () -> MatrixMultiply.blocked(Matrix.zeros(3, 4), Matrix.zeros(5, 2), Matrix.zeros(3, 2)));
        assertEquals("blocked: A is 3×4, B is 5×2, C is 3×2 (A has 4 columns, B 5 rows)", e.getMessage());
        e = assertThrows(ShapeMismatchException.class,
                () -> MatrixMultiply.parallel(Matrix.zeros(3, 4), Matrix.zeros(4, 2), Matrix.zeros(2, 3)));
        assertEquals("parallel: A is 3×4, B is 4×2, C is 2×3 (C must be 3×2)", e.getMessage());
    }

    @Test
    void anOutputThatIsAlsoAnInputIsRejected() {
        Matrix A = Matrix.identity(3);
        Matrix B = Matrix.identity(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatrixMultiply.naive(A, B, A));
        assertTrue(e.getMessage().startsWith("naive: the output C must not be the same matrix as A"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MatrixMultiply.blocked(A, B, B));
    }

    // ---------------------------------------------------------------- helpers

    private static Matrix naive(Case c) {
        Matrix C = Matrix.zeros(c.matrix("A").rows(), c.matrix("B").cols());
        MatrixMultiply.naive(c.matrix("A"), c.matrix("B"), C);
        return C;
    }

    private static Matrix blocked(Case c) {
        Matrix C = Matrix.zeros(c.matrix("A").rows(), c.matrix("B").cols());
        MatrixMultiply.blocked(c.matrix("A"), c.matrix("B"), C);
        return C;
    }

    private static Matrix parallel(Case c) {
        Matrix C = Matrix.zeros(c.matrix("A").rows(), c.matrix("B").cols());
        MatrixMultiply.parallel(c.matrix("A"), c.matrix("B"), C);
        return C;
    }

    /** The rounding the fast kernels promise: Cᵢⱼ = fma chain over p in order, from 0. */
    private static Matrix fusedLoop(Case c) {
        Matrix A = c.matrix("A");
        Matrix B = c.matrix("B");
        Matrix C = Matrix.zeros(A.rows(), B.cols());
        MatrixProducts.multiplySmall(A.data(), B.data(), C.data(), A.rows(), A.cols(), B.cols());
        return C;
    }

    /** |fastᵢⱼ − expectedᵢⱼ| ≤ RELATIVE_TOLERANCE · Σₚ|Aᵢₚ||Bₚⱼ| for every entry; the message names the first that is not. */
    private static void assertAgrees(Matrix expected, Matrix fast, Case c) {
        Matrix A = c.matrix("A");
        Matrix B = c.matrix("B");
        assertArrayEquals(new int[] {expected.rows(), expected.cols()}, new int[] {fast.rows(), fast.cols()});
        for (int i = 0; i < expected.rows(); i++) {
            for (int j = 0; j < expected.cols(); j++) {
                double scale = 0.0;
                for (int p = 0; p < A.cols(); p++) {
                    scale += Math.abs(A.get(i, p)) * Math.abs(B.get(p, j));
                }
                double error = Math.abs(fast.get(i, j) - expected.get(i, j));
                if (!(error <= RELATIVE_TOLERANCE * scale)) {
                    throw new AssertionError("at C[" + i + "][" + j + "] of " + expected.shape() + ": expected "
                            + expected.get(i, j) + ", got " + fast.get(i, j) + " (error " + error + " > "
                            + RELATIVE_TOLERANCE + " · Σₚ|Aᵢₚ||Bₚⱼ| = " + RELATIVE_TOLERANCE * scale + ")");
                }
            }
        }
    }
}
