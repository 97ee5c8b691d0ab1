package org.mlbyhand.core.autograd;

import org.mlbyhand.core.linalg.MatrixFormat;

/**
 * Text for tensors: nested brackets, one level per axis, numbers as {@link MatrixFormat#number} writes
 * them (up to 10 significant digits, never rounder than they are). An axis longer than 2·EDGE shows its
 * first and last EDGE entries around {@code …}. A 0-d tensor is its number.
 */
final class TensorFormat {
    private static final int EDGE = 3;

    private TensorFormat() {
    }

    /** Returns the entries of t as nested brackets: {@code [[1, 2], [3, 4]]}. */
    static String format(Tensor t) {
        StringBuilder s = new StringBuilder();
        append(s, t, t.offset, 0);
        return s.toString();
    }

    private static void append(StringBuilder s, Tensor t, int position, int axis) {
        if (axis == t.ndim()) {
            s.append(MatrixFormat.number(t.data[position]));
            return;
        }
        int n = t.shape[axis];
        s.append('[');
        for (int i = 0; i < n; i++) {
            if (n > 2 * EDGE && i == EDGE) {
                s.append("…, ");
                i = n - EDGE;
            }
            append(s, t, position + i * t.strides[axis], axis + 1);
            if (i < n - 1) {
                s.append(", ");
            }
        }
        s.append(']');
    }

    /** Names entry k (row-major) of a tensor of the given shape: {@code "[1][0][2]"}; "" for a 0-d tensor. */
    static String index(int[] shape, int k) {
        StringBuilder s = new StringBuilder();
        int rest = k;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            s.insert(0, "[" + rest % shape[axis] + "]");
            rest /= shape[axis];
        }
        return s.toString();
    }
}
