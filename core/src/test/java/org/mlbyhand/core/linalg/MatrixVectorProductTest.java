package org.mlbyhand.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.random.Rng;

/** {@link MatrixVectorProduct} and {@link Matrix#transposeInto}: the same bits as the two-line loops. */
class MatrixVectorProductTest {
    @Test
    void fourRowsAtOnceIsTheTwoLineLoopBitForBit() {
        int[][] shapes = {{0, 0}, {0, 5}, {5, 0}, {1, 1}, {3, 7}, {4, 4}, {5, 9}, {7, 300}, {300, 7}, {257, 255}};
        Rng rng = new Rng(23);
        for (int[] shape : shapes) {
            int m = shape[0];
            int n = shape[1];
            double[] A = gaussian(rng, m * n);
            double[] x = gaussian(rng, n);
            double[] expected = new double[m];
            for (int i = 0; i < m; i++) {
                double s = 0.0;
                for (int j = 0; j < n; j++) {
                    s += A[i * n + j] * x[j];
                }
                expected[i] = s;
            }
            assertArrayEquals(expected, Matrix.fromRowMajor(m, n, A).multiply(x), m + "×" + n);
        }
    }

    @Test
    void specialValuesReachOnlyTheirRow() {
        Matrix A = Matrix.of(new double[][] {{1, 2}, {Double.NaN, 0}, {3, 4}, {Double.POSITIVE_INFINITY, 1}, {1, 1}});
        double[] y = A.multiply(new double[] {1, 1});
        assertEquals(3.0, y[0]);
        assertTrue(Double.isNaN(y[1]));
        assertEquals(7.0, y[2]);
        assertEquals(Double.POSITIVE_INFINITY, y[3]);
        assertEquals(2.0, y[4]);
    }

    @Test
    void transposeIntoIsTransposeAndChecksItsOutput() {
        Rng rng = new Rng(29);
        Matrix A = Matrix.fromRowMajor(9, 300, gaussian(rng, 9 * 300));
        Matrix T = Matrix.filled(300, 9, 7.0);
        A.transposeInto(T);
        assertArrayEquals(A.transpose().storage(), T.storage());
        ShapeMismatchException wrongShape = assertThrows(ShapeMismatchException.class,
                () -> A.transposeInto(Matrix.zeros(9, 300)));
        assertTrue(wrongShape.getMessage().contains("T must be 300×9"), wrongShape.getMessage());
        Matrix S = Matrix.zeros(4, 4);
        assertThrows(IllegalArgumentException.class, () -> S.transposeInto(S));
    }

    private static double[] gaussian(Rng rng, int length) {
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }
}
