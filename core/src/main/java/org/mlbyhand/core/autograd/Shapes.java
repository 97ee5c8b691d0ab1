package org.mlbyhand.core.autograd;

import java.util.Arrays;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Shape arithmetic shared by every op: sizes, row-major strides, NumPy/PyTorch broadcasting and
 * axis arguments. Shapes are {@code int[]} (never modified here), written {@code (2, 3)} in every
 * message, {@code (5,)} for one axis and {@code ()} for a 0-d tensor, as PyTorch prints them.
 *
 * <p>Broadcasting, the rule every element-wise op follows: align the two shapes at their last axis
 * (the shorter one is padded with 1s on the left); on each axis the sizes must be equal or one of
 * them 1, and the result takes the larger.
 * <pre>{@code
 *   (2, 1, 4) with (3, 1)  →  (2, 3, 4)          () with anything  →  that shape
 *   (2, 3)    with (4,)    →  error: 3 ≠ 4 and neither is 1
 * }</pre>
 */
final class Shapes {
    private Shapes() {
    }

    /** Returns {@code "(2, 3)"}, {@code "(5,)"} or {@code "()"}. */
    static String text(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder s = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            s.append(k > 0 ? ", " : "").append(shape[k]);
        }
        return s.append(')').toString();
    }

    /** Returns the number of entries, the product of the sizes (1 for a 0-d shape). */
    static int numel(int[] shape) {
        int n = 1;
        for (int d : shape) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    /** Returns the row-major strides of a contiguous tensor: the last axis has stride 1. */
    static int[] contiguousStrides(int[] shape) {
        int[] strides = new int[shape.length];
        int s = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            strides[k] = s;
            s *= Math.max(shape[k], 1);
        }
        return strides;
    }

    /** Returns true when strides are those of a row-major layout without gaps (size-1 axes may have any stride). */
    static boolean isContiguous(int[] shape, int[] strides) {
        int expected = 1;
        for (int k = shape.length - 1; k >= 0; k--) {
            if (shape[k] != 1 && strides[k] != expected) {
                return false;
            }
            expected *= shape[k];
        }
        return true;
    }

    /** Throws unless every size is ≥ 0; returns a copy the caller may keep. */
    static int[] checked(String op, int[] shape) {
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException(op + ": a tensor cannot have shape " + text(shape));
            }
        }
        return shape.clone();
    }

    /**
     * Returns the broadcast shape of a and b (class comment).
     *
     * @throws ShapeMismatchException {@code "add: (2, 3) and (4,) do not broadcast (axis 1: 3 vs 4)"}
     */
    static int[] broadcast(String op, int[] a, int[] b) {
        int n = Math.max(a.length, b.length);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            int da = k < n - a.length ? 1 : a[k - (n - a.length)];
            int db = k < n - b.length ? 1 : b[k - (n - b.length)];
            if (da != db && da != 1 && db != 1) {
                throw new ShapeMismatchException(op + ": " + text(a) + " and " + text(b)
                        + " do not broadcast (axis " + (k - n) + " from the end: " + da + " vs " + db + ")");
            }
            out[k] = da == 1 ? db : da;
        }
        return out;
    }

    /**
     * Returns the strides that read a tensor of {@code shape} and {@code strides} as if it had the
     * larger shape {@code target}: 0 on every axis it is broadcast along, so the same entry repeats.
     *
     * @throws ShapeMismatchException if shape does not broadcast to target
     */
    static int[] broadcastStrides(String op, int[] shape, int[] strides, int[] target) {
        if (shape.length > target.length) {
            throw new ShapeMismatchException(op + ": cannot broadcast " + text(shape) + " to " + text(target));
        }
        int pad = target.length - shape.length;
        int[] out = new int[target.length];
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] == target[pad + k]) {
                out[pad + k] = shape[k] == 1 ? 0 : strides[k];
            } else if (shape[k] != 1) {
                throw new ShapeMismatchException(op + ": cannot broadcast " + text(shape) + " to " + text(target)
                        + " (axis " + k + ": " + shape[k] + " is neither " + target[pad + k] + " nor 1)");
            }
        }
        return out;
    }

    /**
     * Returns axis as an index in [0, ndim), counting a negative axis from the end as Python does.
     *
     * @throws IllegalArgumentException {@code "sum: axis 2 is out of range for a tensor of shape (2, 3)"}
     */
    static int axis(String op, int axis, int[] shape) {
        int a = axis < 0 ? axis + shape.length : axis;
        if (a < 0 || a >= shape.length) {
            throw new IllegalArgumentException(op + ": axis " + axis + " is out of range for a tensor of shape "
                    + text(shape));
        }
        return a;
    }

    /**
     * Returns a mask of the reduced axes: all of them when {@code axes} is empty, else the listed ones
     * (negative from the end).
     *
     * @throws IllegalArgumentException if an axis is out of range or listed twice
     */
    static boolean[] axesMask(String op, int[] axes, int[] shape) {
        boolean[] mask = new boolean[shape.length];
        if (axes.length == 0) {
            Arrays.fill(mask, true);
        }
        for (int axis : axes) {
            int a = axis(op, axis, shape);
            if (mask[a]) {
                throw new IllegalArgumentException(op + ": " + Arrays.toString(axes) + " names axis " + a + " twice");
            }
            mask[a] = true;
        }
        return mask;
    }

    /** Returns shape without the masked axes, or with size 1 on them when keepdim. */
    static int[] reduced(int[] shape, boolean[] mask, boolean keepdim) {
        int n = 0;
        for (int k = 0; k < shape.length; k++) {
            n += mask[k] && !keepdim ? 0 : 1;
        }
        int[] out = new int[n];
        int j = 0;
        for (int k = 0; k < shape.length; k++) {
            if (!mask[k]) {
                out[j++] = shape[k];
            } else if (keepdim) {
                out[j++] = 1;
            }
        }
        return out;
    }

    /** Returns the positions of the true entries of mask, in order. */
    static int[] indicesOf(boolean[] mask, boolean value) {
        int n = 0;
        for (boolean m : mask) {
            n += m == value ? 1 : 0;
        }
        int[] out = new int[n];
        int j = 0;
        for (int k = 0; k < mask.length; k++) {
            if (mask[k] == value) {
                out[j++] = k;
            }
        }
        return out;
    }
}
