package org.mlbyhand.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ArgumentsTest {
    @Test
    void aNonFiniteMatrixEntryIsNamedByOperationArgumentIndexAndValue() {
        Matrix X = Matrix.zeros(4, 2);
        X.set(3, 1, Double.NaN);
        X.set(3, 0, Double.NEGATIVE_INFINITY);
        assertMessage("fit: X[3][0] is -Infinity", IllegalArgumentException.class, () -> Arguments.requireFinite("fit", "X", X));
    }

    @Test
    void aNonFiniteVectorEntryOrScalarIsNamedTheSameWay() {
        assertMessage("mseLoss: yHat[2] is Infinity", IllegalArgumentException.class,
                () -> Arguments.requireFinite("mseLoss", "yHat", new double[] {0, 1, Double.POSITIVE_INFINITY}));
        assertMessage("mseGradient: b is NaN", IllegalArgumentException.class, () -> Arguments.requireFinite("mseGradient", "b", Double.NaN));
        assertMessage("solve: L[1][0] is NaN", IllegalArgumentException.class,
                () -> Arguments.requireFiniteEntry("solve", "L", 1, 0, Double.NaN));
    }

    @Test
    void finiteArgumentsAndEmptyOnesPass() {
        Arguments.requireFinite("op", "X", Matrix.zeros(0, 3));
        Arguments.requireFinite("op", "X", Matrix.zeros(3, 0));
        Arguments.requireFinite("op", "y", new double[0]);
        Arguments.requireFinite("op", "y", new double[] {-Double.MAX_VALUE, Double.MIN_VALUE});
        Arguments.requireLabels("op", "y", new int[] {0, 3, 1});
    }

    @Test
    void lengthsEmptinessAndLabelsAreNamedWithTheirShapes() {
        assertMessage("Ridge.fit: X is 6×2, y has length 5", ShapeMismatchException.class,
                () -> Arguments.requireLength("Ridge.fit", "X", Matrix.zeros(6, 2), "y", 5));
        assertMessage("fit: X is 0×2; needs at least one row and one column", IllegalArgumentException.class,
                () -> Arguments.requireNonEmpty("fit", "X", Matrix.zeros(0, 2)));
        assertMessage("fit: y[2] = -1 is negative; class labels are 0, 1, …, k−1", IllegalArgumentException.class,
                () -> Arguments.requireLabels("fit", "y", new int[] {0, 1, -1, -2}));
    }

    private static void assertMessage(String expected, Class<? extends Throwable> type, Executable call) {
        assertEquals(expected, assertThrows(type, call).getMessage());
    }
}
