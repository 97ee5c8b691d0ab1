package org.mlbyhand.core.functions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.ShapeMismatchException;

class AffineTest {
    private static final Matrix X = Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}});

    @Test
    void oneOutputIsTheRowsDotWeightsPlusTheIntercept() {
        assertArrayEquals(new double[] {1 - 2 + 0.5, 3 - 4 + 0.5, 5 - 6 + 0.5}, Affine.scores(X, new double[] {1, -1}, 0.5));
    }

    @Test
    void kOutputsTakeOneRowOfWAndOneInterceptEach() {
        Matrix W = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}});   // k = 3
        Matrix Z = Affine.scores(X, W, new double[] {10, 20, 30});
        assertEquals(Matrix.of(new double[][] {{11, 22, 33}, {13, 24, 37}, {15, 26, 41}}), Z);
    }

    @Test
    void shapesThatDoNotFitAreNamed() {
        assertEquals("Affine.scores: X is 3×2, w has length 3",
                assertThrows(ShapeMismatchException.class, () -> Affine.scores(X, new double[3], 0.0)).getMessage());
        assertEquals("Affine.scores: X is 3×2, W is 2×2, b has length 3",
                assertThrows(ShapeMismatchException.class, () -> Affine.scores(X, Matrix.zeros(2, 2), new double[3])).getMessage());
    }
}
