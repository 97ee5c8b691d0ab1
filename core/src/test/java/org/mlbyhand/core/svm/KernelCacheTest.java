package org.mlbyhand.core.svm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlbyhand.core.estimator.Dataset;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/** The cache of Q's rows: what a row holds, and that eviction changes the work, never the values. */
class KernelCacheTest {
    private static final Dataset<int[]> DATA = Blobs.of(2L, 10, 3, 2, 1.0);
    private static final Kernel K = new Kernel.Rbf(0.4);

    private static int[] signs() {
        int[] s = new int[10];
        for (int i = 0; i < s.length; i++) {
            s[i] = DATA.y()[i] == 0 ? 1 : -1;
        }
        return s;
    }

    @Test
    void aRowHoldsTheSignedKernelRoundedToFloatAndTheDiagonalIsExact() {
        int[] s = signs();
        KernelCache Q = new KernelCache(K, DATA.X(), s, 1.0);
        for (int i = 0; i < 10; i++) {
            float[] Qi = Q.row(i);
            for (int j = 0; j < 10; j++) {
                double k = K.apply(DATA.X().row(i), DATA.X().row(j));
                assertEquals((float) (s[i] * s[j] * k), Qi[j], 0.0f, "Q[" + i + "][" + j + "]");
            }
            assertEquals(K.apply(DATA.X().row(i), DATA.X().row(i)), Q.diagonal(i), 0.0, "QD[" + i + "]");
        }
        assertEquals(10 + 10 * 10, Q.kernelEvaluations(), "the diagonal, then ten rows once each");
        assertSame(Q.row(3), Q.row(3), "a cached row is not recomputed");
    }

    @Test
    void aFullCacheEvictsTheLeastRecentlyUsedRowAndRecomputesTheSameValues() {
        KernelCache Q = new KernelCache(K, DATA.X(), signs(), 1e-9);
        assertEquals(2, Q.capacity(), "at least two rows");
        float[] first = Q.row(0).clone();
        Q.row(1);
        Q.row(0);          // 0 is now the most recent
        Q.row(2);          // evicts 1
        long before = Q.kernelEvaluations();
        Q.row(0);
        assertEquals(before, Q.kernelEvaluations(), "row 0 was kept");
        Q.row(1);
        assertEquals(before + 10, Q.kernelEvaluations(), "row 1 was recomputed");
        Q.row(2);
        Q.row(1);
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, Q.row(0), "row 0 recomputed bit for bit");
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new KernelCache(K, DATA.X(), new int[10], 1.0), "signs 0");
        assertThrows(ShapeMismatchException.class, () -> new KernelCache(K, DATA.X(), new int[] {1, -1}, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new KernelCache(K, DATA.X(), signs(), 0.0));
        assertThrows(IllegalArgumentException.class, () -> new KernelCache(null, DATA.X(), signs(), 1.0));
        assertThrows(IndexOutOfBoundsException.class, () -> new KernelCache(K, DATA.X(), signs(), 1.0).row(10));
    }
}
