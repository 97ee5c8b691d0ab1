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

class LeastSquaresTest {
    private static final CaseGen WELL_CONDITIONED = CaseGen.create().dim("m", 1, 12).dim("n", 1, 10)
            .matrix("A", "m", "n").vector("b", "m")
            .require("m ≥ n", c -> c.dim("m") >= c.dim("n"))
            .require("A is well conditioned", c -> Svd.of(c.matrix("A")).conditionNumber() < 1e3);
    private static final CaseGen ILL_CONDITIONED = CaseGen.create().dim("m", 2, 12).dim("n", 2, 10)
            .conditioned("A", "m", "n", Tolerances.ILL_CONDITIONED).vector("x", "n").vector("b", "m")
            .require("m ≥ n", c -> c.dim("m") >= c.dim("n"));

    /** For closed forms: a few units in the last place of numbers near 1. */
    private static final double EXACT_UP_TO_ROUNDING = 1e-14;

    /**
     * A consistent system A·x = b with κ(A) = 1e8: QR's forward error is about κ·u ≈ 1e-8; the normal
     * equations' would be κ²·u ≫ 1. This tolerance separates the two.
     */
    private static final double CONSISTENT_ILL_CONDITIONED = 1e-6;

    @Test
    void aLineThroughExactPointsIsRecovered() {
        Matrix A = Matrix.of(new double[][] {{1, 0}, {1, 1}, {1, 2}, {1, 3}});
        double[] x = LeastSquares.solve(A, new double[] {1, 3, 5, 7});
        assertArrayEquals(new double[] {1, 2}, x, EXACT_UP_TO_ROUNDING);
    }

    @Test
    void theBestConstantIsTheMean() {
        Matrix ones = Matrix.filled(4, 1, 1.0);
        double[] x = LeastSquares.solve(ones, new double[] {1, 2, 3, 4});
        assertArrayEquals(new double[] {2.5}, x, EXACT_UP_TO_ROUNDING);
    }

    @Test
    void aSquareNonsingularSystemIsSolvedExactly() {
        Matrix A = Matrix.of(new double[][] {{2, 1}, {1, 3}});
        assertArrayEquals(new double[] {1, -1}, LeastSquares.solve(A, new double[] {1, -2}), EXACT_UP_TO_ROUNDING);
    }

    @Test
    void dependentColumnsAreRankDeficientAndNamed() {
        Matrix A = Matrix.of(new double[][] {{1, 2}, {1, 2}, {1, 2}});
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> LeastSquares.solve(A, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().startsWith("rank deficient: R[1][1] is "), e.getMessage());
        assertEquals(1, e.index());
    }

    @Test
    void aZeroColumnIsRankDeficientAtItsOwnIndex() {
        Matrix A = Matrix.of(new double[][] {{0, 1}, {0, 2}, {0, 3}});
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> LeastSquares.solve(A, new double[] {1, 2, 3}));
        assertEquals("rank deficient: R[0][0] is 0", e.getMessage());
    }

    @Test
    void wideProblemsAndMismatchedTargetsAreRejectedWithTheirShapes() {
        ShapeMismatchException wide = assertThrows(ShapeMismatchException.class,
                () -> LeastSquares.solve(Matrix.zeros(2, 3), new double[2]));
        assertEquals("LeastSquares.solve: A is 2×3, fewer rows than columns, so the minimizer is not unique",
                wide.getMessage());
        ShapeMismatchException length = assertThrows(ShapeMismatchException.class,
                () -> LeastSquares.solve(Matrix.identity(3), new double[2]));
        assertEquals("LeastSquares.solve: A is 3×3, b has length 2", length.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> LeastSquares.solve(Matrix.identity(2), new double[] {Double.NaN, 1}));
        assertEquals("HouseholderQr.solve: b[0] is NaN", nan.getMessage());
    }

    @Test
    void solutionMatchesEjmlOnWellConditionedProblems() {
        Property.forAll(WELL_CONDITIONED, 41L, Tolerances.TRIALS, c -> {
            Case original = c.copy();
            double[] x = LeastSquares.solve(c.matrix("A"), c.vector("b"));
            assertNull(c.firstDifference(original), "A and b must not be modified");
            double agreement = Errors.relative(Ejml.leastSquares(c.matrix("A"), c.vector("b")), x);
            assertTrue(agreement <= Tolerances.SOLUTION_AGREEMENT,
                    Errors.against("‖x − x_EJML‖/‖x_EJML‖", agreement, Tolerances.SOLUTION_AGREEMENT));
        });
    }

    @Test
    void residualIsOrthogonalToTheColumnsEvenWhenIllConditioned() {
        Property.forAll(ILL_CONDITIONED, 42L, Tolerances.TRIALS, c -> assertNormalEquationsHold(c.matrix("A"),
                c.vector("b"), LeastSquares.solve(c.matrix("A"), c.vector("b"))));
        Property.forAll(WELL_CONDITIONED, 43L, Tolerances.TRIALS, c -> assertNormalEquationsHold(c.matrix("A"),
                c.vector("b"), LeastSquares.solve(c.matrix("A"), c.vector("b"))));
    }

    @Test
    void consistentIllConditionedSystemsAreSolvedToKappaTimesRoundoff() {
        Property.forAll(ILL_CONDITIONED, 44L, Tolerances.TRIALS, c -> {
            Matrix A = c.matrix("A");
            double[] x = c.vector("x");
            double error = Errors.relative(x, LeastSquares.solve(A, A.multiply(x)));
            assertTrue(error <= CONSISTENT_ILL_CONDITIONED,
                    Errors.against("‖x̂ − x‖/‖x‖ at κ = 1e8", error, CONSISTENT_ILL_CONDITIONED));
        });
    }

    @Test
    void matrixTargetsAreSolvedColumnByColumn() {
        Matrix A = Matrix.of(new double[][] {{1, 0}, {1, 1}, {1, 2}, {1, 4}});
        Matrix B = Matrix.of(new double[][] {{1, 0}, {2, 1}, {2, 0}, {5, 1}});
        Matrix X = LeastSquares.solve(A, B);
        for (int j = 0; j < 2; j++) {
            assertArrayEquals(LeastSquares.solve(A, B.column(j)), X.column(j));
        }
        assertThrows(ShapeMismatchException.class, () -> LeastSquares.solve(A, Matrix.zeros(3, 1)));
    }

    private static void assertNormalEquationsHold(Matrix A, double[] b, double[] x) {
        double[] r = Vectors.subtract(A.multiply(x), b);
        double scale = A.frobeniusNorm() * (A.frobeniusNorm() * Vectors.norm(x) + Vectors.norm(b));
        double gradient = Vectors.norm(A.transpose().multiply(r)) / scale;
        assertTrue(gradient <= Tolerances.RESIDUAL,
                Errors.against("‖Aᵀ(Ax − b)‖/(‖A‖(‖A‖‖x‖ + ‖b‖))", gradient, Tolerances.RESIDUAL));
    }
}
