package org.mlbyhand.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;

class ComparisonTest {
    private static final Matrix E = Matrix.of(new double[][] {{1, 2}, {3, 4}});

    @Test
    void equalResultsHaveNoDifference() {
        assertNull(Comparison.difference("C", E, E.copy(), Tolerance.EXACT));
        assertNull(Comparison.difference("C", E, E.plus(Matrix.filled(2, 2, 1e-14)), Tolerance.ROUNDOFF));
    }

    @Test
    void theFirstDifferingEntryIsNamedWithDigitsAndTolerance() {
        String d = Comparison.difference("L", Matrix.of(new double[][] {{Math.sqrt(2)}}),
                Matrix.of(new double[][] {{Math.sqrt(3)}}), Tolerance.CLOSED_FORM);
        assertEquals("at L[0][0]: expected 1.414213562, got 1.732050808  (0 digits agree; relative error 2.2e-01;"
                + " tolerance 1e-09 relative (closed form))", d);
    }

    @Test
    void wholeNumbersAreComparedWithoutDigitsOrRelativeErrors() {
        String d = Comparison.difference("labels", new int[] {0, 1, 2}, new int[] {0, 1, 3}, Tolerance.EXACT);
        assertTrue(d.startsWith("at labels[2]: expected 2, got 3"), d);
        assertFalse(d.contains("relative") || d.contains("digits") || d.contains("scale"), d);
    }

    @Test
    void digitsAgreeingFollowTheRelativeError() {
        assertEquals(0, Comparison.digitsAgreeing(0.22));
        assertEquals(3, Comparison.digitsAgreeing(2.1e-4));
        assertEquals(16, Comparison.digitsAgreeing(0.0));
    }

    @Test
    void aTransposedAnswerIsRecognised() {
        assertTrue(Comparison.difference("C", E, E.transpose(), Tolerance.EXACT).contains("transpose"));
        Matrix wide = Matrix.of(new double[][] {{1, 2, 3}});
        assertTrue(Comparison.difference("C", wide, wide.transpose(), Tolerance.EXACT)
                .contains("exactly the transpose"));
    }

    @Test
    void aSignErrorIsRecognised() {
        assertTrue(Comparison.difference("g", new double[] {1, -2}, new double[] {-1, 2}, Tolerance.ROUNDOFF)
                .contains("opposite sign"));
    }

    @Test
    void aConstantFactorIsRecognisedAndNamed() {
        String d = Comparison.difference("g", new double[] {1, -2, 4}, new double[] {2, -4, 8}, Tolerance.ROUNDOFF);
        assertTrue(d.contains("every entry is 2 times the expected one"), d);
    }

    @Test
    void numbersInExponentNotationHaveNoTrailingZeros() {
        String d = Comparison.difference("σ(z)", Double.MIN_VALUE, 0.0, Tolerance.ROUNDOFF);
        assertTrue(d.startsWith("at σ(z): expected 4.9e-324, got 0"), d);
        assertTrue(Comparison.difference("x", 1.5e-20, 2.5e-20, Tolerance.ROUNDOFF).contains("expected 1.5e-20, got 2.5e-20"));
    }

    @Test
    void aSingleNumberOffByAWholeFactorIsSaidOfTheResult() {
        String d = Comparison.difference("mse", 3.0, 9.0, Tolerance.ROUNDOFF);
        assertTrue(d.contains("pattern: your result is 3 times the expected one"), d);
    }

    @Test
    void aNumberInsideARecordGetsNoFactorPatternButAVectorDoes() {
        Gradient expected = new Gradient(new double[] {1, 2}, 1);
        String number = Comparison.difference("g", expected, new Gradient(new double[] {1, 2}, 3), Tolerance.ROUNDOFF);
        assertFalse(number.contains("pattern"), number);
        String vector = Comparison.difference("g", expected, new Gradient(new double[] {2, 4}, 1), Tolerance.ROUNDOFF);
        assertTrue(vector.contains("pattern: every entry is 2 times the expected one"), vector);
    }

    @Test
    void nullAndWrongTypesAndLengthsAreNamed() {
        assertTrue(Comparison.difference("C", E, null, Tolerance.EXACT).contains("returned null instead of a 2×2 matrix"));
        assertTrue(Comparison.difference("x", new double[] {1}, new double[] {1, 2}, Tolerance.EXACT)
                .contains("expected x to have length 1, but it has length 2"));
        assertTrue(Comparison.difference("x", 1.0, new double[] {1}, Tolerance.EXACT).contains("a number"));
    }

    @Test
    void anExpectedZeroInARecordIsJudgedOnTheWholeResultsScale() {
        // Ridge solved with a column of ones: w = [0] comes back as 2.5e-17 next to b = 1.5.
        Gradient expected = new Gradient(new double[] {0}, 1.5);
        assertNull(Comparison.difference("(w, b)", expected, new Gradient(new double[] {2.472663203e-17}, 1.5),
                Tolerance.CLOSED_FORM));
        String d = Comparison.difference("(w, b)", expected, new Gradient(new double[] {1e-6}, 1.5),
                Tolerance.CLOSED_FORM);
        assertTrue(d.startsWith("at dw[0]: expected 0, got 1e-06  (error 6.7e-07 of the result's scale 1.5"), d);
    }

    @Test
    void anInfinityMatchesOnlyTheSameInfinity() {
        assertTrue(Comparison.difference("x", new double[] {1, Double.NEGATIVE_INFINITY}, new double[] {1, 0},
                Tolerance.ITERATIVE) != null);
        assertNull(Comparison.difference("x", new double[] {1, Double.NEGATIVE_INFINITY},
                new double[] {1, Double.NEGATIVE_INFINITY}, Tolerance.ITERATIVE));
    }

    /** A result with two parts, as a gradient (∂L/∂w, ∂L/∂b). */
    private record Gradient(double[] dw, double db) {
    }

    @Test
    void recordsAreComparedComponentByComponentAndTheDifferenceNamesTheComponent() {
        Gradient expected = new Gradient(new double[] {1, 2}, 3);
        assertNull(Comparison.difference("g", expected, new Gradient(new double[] {1, 2 + 1e-15}, 3),
                Tolerance.ROUNDOFF));
        assertTrue(Comparison.difference("g", expected, new Gradient(new double[] {1, 2.5}, 3), Tolerance.ROUNDOFF)
                .startsWith("at dw[1]: expected 2, got 2.5"));
        assertTrue(Comparison.difference("g", expected, new Gradient(new double[] {1, 2}, 6), Tolerance.ROUNDOFF)
                .startsWith("at db: expected 3, got 6"));
        assertEquals("dw is null; expected a vector of length 2.",
                Comparison.difference("g", expected, new Gradient(null, 3), Tolerance.ROUNDOFF));
    }
}
