package org.mlbyhand.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.random.Rng;

/** {@link Transpose} against the two-line loop, on shapes that end inside a strip of 8 rows and a tile of 256 columns. */
class TransposeTest {
    @Test
    void tiledTransposeIsTheTwoLineLoopBitForBit() {
        int[][] shapes = {{0, 0}, {0, 5}, {5, 0}, {1, 1}, {7, 3}, {8, 8}, {9, 300}, {300, 9}, {17, 513}, {513, 17},
                {256, 256}, {263, 257}, {1, 600}, {600, 1}};
        Rng rng = new Rng(17);
        for (int[] shape : shapes) {
            int m = shape[0];
            int n = shape[1];
            double[] A = new double[m * n];
            for (int i = 0; i < A.length; i++) {
                A[i] = rng.nextGaussian();
            }
            double[] expected = new double[m * n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    expected[j * m + i] = A[i * n + j];
                }
            }
            double[] T = new double[m * n];
            Transpose.transpose(A, T, m, n);
            assertArrayEquals(expected, T, m + "×" + n);
            assertArrayEquals(expected, Matrix.fromRowMajor(m, n, A).transpose().storage(), m + "×" + n);
        }
    }
}
