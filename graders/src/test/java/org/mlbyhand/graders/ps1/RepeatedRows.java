package org.mlbyhand.graders.ps1;

import java.util.Arrays;
import org.mlbyhand.core.linalg.Matrix;

/**
 * Every row of a problem twice, for the reference-free check that a loss or a gradient is a mean over
 * the rows: with each row counted twice,
 * <pre>{@code
 *   (1/(2n))·Σ over the 2n rows  =  (1/n)·Σᵢ          while a sum doubles
 * }</pre>
 * Arguments are not modified; each method returns a new value with rows 0 … n−1, then 0 … n−1 again.
 */
final class RepeatedRows {
    private RepeatedRows() {
    }

    /** Returns [y, y], length 2n. */
    static int[] twice(int[] y) {
        int[] t = Arrays.copyOf(y, 2 * y.length);
        System.arraycopy(y, 0, t, y.length, y.length);
        return t;
    }

    /** Returns [z, z], length 2n. */
    static double[] twice(double[] z) {
        double[] t = Arrays.copyOf(z, 2 * z.length);
        System.arraycopy(z, 0, t, z.length, z.length);
        return t;
    }

    /** Returns X stacked on itself, 2n×p. */
    static Matrix twice(Matrix X) {
        int n = X.rows();
        int[] rows = new int[2 * n];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i % n;
        }
        return X.selectRows(rows);
    }
}
