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

class TriangularSolveTest {
    private static final CaseGen LOWER = CaseGen.create().dim("n", 1, 12).lowerTriangular("L", "n").vector("b", "n");
    private static final CaseGen UPPER = CaseGen.create().dim("n", 1, 12).upperTriangular("U", "n").vector("b", "n");

    @Test
    void forwardSubstitutionSolvesASmallSystemExactly() {
        Matrix L = Matrix.of(new double[][] {{2, 0}, {1, 4}});
        assertArrayEquals(new double[] {1, 2}, TriangularSolve.forwardSubstitution(L, new double[] {2, 9}));
    }

    @Test
    void backSubstitutionSolvesASmallSystemExactly() {
        Matrix U = Matrix.of(new double[][] {{2, 1}, {0, 4}});
        assertArrayEquals(new double[] {1, 2}, TriangularSolve.backSubstitution(U, new double[] {4, 8}));
    }

    @Test
    void oneByOneIsADivision() {
        Matrix T = Matrix.of(new double[][] {{-4}});
        assertArrayEquals(new double[] {-0.75}, TriangularSolve.forwardSubstitution(T, new double[] {3}));
        assertArrayEquals(new double[] {-0.75}, TriangularSolve.backSubstitution(T, new double[] {3}));
    }

    @Test
    void theOtherTriangleIsNeverRead() {
        double nan = Double.NaN;
        Matrix L = Matrix.of(new double[][] {{2, nan}, {1, 4}});
        Matrix U = Matrix.of(new double[][] {{2, 1}, {nan, 4}});
        assertArrayEquals(new double[] {1, 2}, TriangularSolve.forwardSubstitution(L, new double[] {2, 9}));
        assertArrayEquals(new double[] {1, 2}, TriangularSolve.backSubstitution(U, new double[] {4, 8}));
    }

    @Test
    void aZeroPivotIsNamedWithItsIndexAndValue() {
        Matrix L = Matrix.of(new double[][] {{2, 0}, {1, 0}});
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> TriangularSolve.forwardSubstitution(L, new double[] {1, 1}));
        assertEquals("singular: L[1][1] is 0", e.getMessage());
        assertEquals(1, e.index());
        Matrix U = Matrix.of(new double[][] {{0, 1}, {0, 3}});
        e = assertThrows(SingularMatrixException.class,
                () -> TriangularSolve.backSubstitution(U, new double[] {1, 1}));
        assertEquals("singular: U[0][0] is 0", e.getMessage());
    }

    @Test
    void aPivotBelowNTimesRoundoffOfTheLargestIsSingular() {
        Matrix L = Matrix.of(new double[][] {{1, 0}, {1, 1e-17}});
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> TriangularSolve.forwardSubstitution(L, new double[] {1, 1}));
        assertEquals("singular: L[1][1] is 1e-17", e.getMessage());
    }

    @Test
    void shapesAndNonFiniteEntriesAreRejectedWithTheirNames() {
        ShapeMismatchException shape = assertThrows(ShapeMismatchException.class,
                () -> TriangularSolve.forwardSubstitution(Matrix.identity(2), new double[] {1, 2, 3}));
        assertEquals("forwardSubstitution: L is 2×2, b has length 3", shape.getMessage());
        shape = assertThrows(ShapeMismatchException.class,
                () -> TriangularSolve.backSubstitution(Matrix.zeros(2, 3), new double[] {1, 2}));
        assertEquals("backSubstitution: U is 2×3, not square", shape.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> TriangularSolve.forwardSubstitution(Matrix.identity(2), new double[] {1, Double.NaN}));
        assertEquals("forwardSubstitution: b[1] is NaN", nan.getMessage());
        Matrix U = Matrix.of(new double[][] {{1, Double.POSITIVE_INFINITY}, {0, 1}});
        nan = assertThrows(IllegalArgumentException.class,
                () -> TriangularSolve.backSubstitution(U, new double[] {1, 1}));
        assertEquals("backSubstitution: U[0][1] is Infinity", nan.getMessage());
    }

    @Test
    void forwardSubstitutionMatchesEjmlAndLeavesResidualAtRoundoff() {
        Property.forAll(LOWER, 11L, Tolerances.TRIALS, c -> {
            Case original = c.copy();
            Matrix L = c.matrix("L");
            double[] b = c.vector("b");
            double[] x = TriangularSolve.forwardSubstitution(L, b);
            assertNull(c.firstDifference(original), "inputs must not be modified");
            assertAgreesAndSolves(L, b, x, Ejml.solveLower(L, b));
        });
    }

    @Test
    void backSubstitutionMatchesEjmlAndLeavesResidualAtRoundoff() {
        Property.forAll(UPPER, 12L, Tolerances.TRIALS, c -> {
            Case original = c.copy();
            Matrix U = c.matrix("U");
            double[] b = c.vector("b");
            double[] x = TriangularSolve.backSubstitution(U, b);
            assertNull(c.firstDifference(original), "inputs must not be modified");
            assertAgreesAndSolves(U, b, x, Ejml.solveUpper(U, b));
        });
    }

    @Test
    void matrixRightHandSidesAreSolvedColumnByColumn() {
        CaseGen gen = CaseGen.create().dim("n", 1, 8).dim("k", 0, 4).lowerTriangular("L", "n").matrix("B", "n", "k");
        Property.forAll(gen, 13L, 50, c -> {
            Matrix L = c.matrix("L");
            Matrix B = c.matrix("B");
            Matrix X = TriangularSolve.forwardSubstitution(L, B);
            Matrix Y = TriangularSolve.backSubstitution(L.transpose(), B);
            for (int j = 0; j < B.cols(); j++) {
                assertArrayEquals(TriangularSolve.forwardSubstitution(L, B.column(j)), X.column(j));
                assertArrayEquals(TriangularSolve.backSubstitution(L.transpose(), B.column(j)), Y.column(j));
            }
        });
    }

    private static void assertAgreesAndSolves(Matrix T, double[] b, double[] x, double[] expected) {
        double agreement = Errors.relative(expected, x);
        assertTrue(agreement <= Tolerances.SOLUTION_AGREEMENT,
                Errors.against("‖x − x_EJML‖/‖x_EJML‖", agreement, Tolerances.SOLUTION_AGREEMENT));
        double residual = Vectors.norm(Vectors.subtract(T.multiply(x), b))
                / (T.frobeniusNorm() * Vectors.norm(x));
        assertTrue(residual <= Tolerances.RESIDUAL,
                Errors.against("‖Tx − b‖/(‖T‖‖x‖)", residual, Tolerances.RESIDUAL));
    }
}
