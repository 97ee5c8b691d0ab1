package org.mlbyhand.core.data;

import org.mlbyhand.core.linalg.Matrix;

/**
 * Picks rows out of a matrix, a target vector or a label vector by index, so that features and
 * targets are always cut the same way:
 * <pre>{@code
 *   take(y, idx)[k] = y[idx[k]]        k = 0, …, idx.length − 1
 * }</pre>
 * Indices may repeat and come in any order (a bootstrap sample repeats them).
 */
public final class Rows {
    private Rows() {
    }

    /**
     * Returns the matrix whose row k is row {@code indices[k]} of X.
     *
     * @param X       n×p (not modified)
     * @param indices values in [0, n) (not modified)
     * @return {@code indices.length}×p
     * @throws IndexOutOfBoundsException naming the first index outside [0, n)
     */
    public static Matrix take(Matrix X, int[] indices) {
        return X.selectRows(indices);
    }

    /**
     * Returns {@code y[indices[k]]} for each k.
     *
     * @param y       length n (not modified)
     * @param indices values in [0, n) (not modified)
     * @throws IndexOutOfBoundsException naming the first index outside [0, n)
     */
    public static double[] take(double[] y, int[] indices) {
        double[] out = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = y[check(indices, k, y.length)];
        }
        return out;
    }

    /**
     * Returns {@code labels[indices[k]]} for each k.
     *
     * @param labels  length n (not modified)
     * @param indices values in [0, n) (not modified)
     * @throws IndexOutOfBoundsException naming the first index outside [0, n)
     */
    public static int[] take(int[] labels, int[] indices) {
        int[] out = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = labels[check(indices, k, labels.length)];
        }
        return out;
    }

    private static int check(int[] indices, int k, int n) {
        int i = indices[k];
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("indices[" + k + "] = " + i + " is outside [0, " + n + ")");
        }
        return i;
    }
}
