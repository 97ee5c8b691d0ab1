package org.mlbyhand.core.autograd;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Reading strided views in row-major order, the one loop every op's forward builds on. An entry of a
 * tensor with index (i₀, …, iₙ₋₁) lives at
 * <pre>{@code
 *   data[offset + i₀·stride₀ + … + iₙ₋₁·strideₙ₋₁]
 * }</pre>
 * A view changes shape, strides and offset, never data; a broadcast axis has stride 0. The loops
 * here visit the output in row-major order: one precomputed start per run of the last axis
 * ({@link #rowStarts}), then a stride-step inner loop, so no index object is made per entry.
 */
final class Strided {
    private Strided() {
    }

    /**
     * Returns the storage position of the first entry of every run of the last axis, in row-major order:
     * {@code numel(shape[0 … n−2])} starts. A 0-d shape has one run of one entry.
     */
    static int[] rowStarts(int[] shape, int[] strides, int offset) {
        int n = shape.length;
        int rows = n == 0 ? 1 : Shapes.numel(java.util.Arrays.copyOf(shape, n - 1));
        if (n > 0 && shape[n - 1] == 0) {
            rows = 0;
        }
        int[] starts = new int[rows];
        int[] index = new int[Math.max(n - 1, 0)];
        int position = offset;
        for (int r = 0; r < rows; r++) {
            starts[r] = position;
            for (int axis = n - 2; axis >= 0; axis--) {       // odometer over the leading axes
                position += strides[axis];
                if (++index[axis] < shape[axis]) {
                    break;
                }
                position -= strides[axis] * shape[axis];
                index[axis] = 0;
            }
        }
        return starts;
    }

    /** Returns the entries of t in row-major order, a new array the caller owns. */
    static double[] copy(Tensor t) {
        return map(t, null);
    }

    /**
     * Returns the entries of t in row-major order without copying when t is compact (contiguous,
     * offset 0, storage of exactly numel entries): then it is t's own storage, which the caller must
     * not modify. Otherwise a copy.
     */
    static double[] values(Tensor t) {
        return t.isCompact() ? t.data : copy(t);
    }

    /** Returns f applied to every entry of x in row-major order (f null: the entries themselves). */
    static double[] map(Tensor x, DoubleUnaryOperator f) {
        double[] out = new double[x.numel()];
        int inner = x.ndim() == 0 ? 1 : x.shape[x.ndim() - 1];
        int step = x.ndim() == 0 ? 0 : x.strides[x.ndim() - 1];
        int[] starts = rowStarts(x.shape, x.strides, x.offset);
        double[] data = x.data;
        for (int r = 0; r < starts.length; r++) {
            int base = r * inner;
            int p = starts[r];
            for (int j = 0; j < inner; j++, p += step) {
                out[base + j] = f == null ? data[p] : f.applyAsDouble(data[p]);
            }
        }
        return out;
    }

    /**
     * Returns f(aᵢ, bᵢ) for every index i of the broadcast shape {@code shape}, in row-major order.
     *
     * @param op named in the error if a or b does not broadcast to shape
     */
    static double[] zip(String op, Tensor a, Tensor b, int[] shape, DoubleBinaryOperator f) {
        int[] sa = Shapes.broadcastStrides(op, a.shape, a.strides, shape);
        int[] sb = Shapes.broadcastStrides(op, b.shape, b.strides, shape);
        double[] out = new double[Shapes.numel(shape)];
        int n = shape.length;
        int inner = n == 0 ? 1 : shape[n - 1];
        int stepA = n == 0 ? 0 : sa[n - 1];
        int stepB = n == 0 ? 0 : sb[n - 1];
        int[] startsA = rowStarts(shape, sa, a.offset);
        int[] startsB = rowStarts(shape, sb, b.offset);
        double[] x = a.data;
        double[] y = b.data;
        for (int r = 0; r < startsA.length; r++) {
            int base = r * inner;
            int p = startsA[r];
            int q = startsB[r];
            for (int j = 0; j < inner; j++, p += stepA, q += stepB) {
                out[base + j] = f.applyAsDouble(x[p], y[q]);
            }
        }
        return out;
    }

    /**
     * Returns the storage position of the entry of t at index (one position per axis).
     *
     * @throws IndexOutOfBoundsException naming the index and the shape
     */
    static int position(Tensor t, int[] index) {
        if (index.length != t.shape.length) {
            throw new IllegalArgumentException("get: " + index.length + " indices for a tensor of shape " + Shapes.text(t.shape));
        }
        int p = t.offset;
        for (int k = 0; k < index.length; k++) {
            if (index[k] < 0 || index[k] >= t.shape[k]) {
                throw new IndexOutOfBoundsException("get: index " + java.util.Arrays.toString(index)
                        + " in a tensor of shape " + Shapes.text(t.shape));
            }
            p += index[k] * t.strides[k];
        }
        return p;
    }

    /**
     * Sets t ← t + s·x in t's storage (t is modified; x is not).
     *
     * @throws ShapeMismatchException unless the shapes are equal
     * @throws IllegalArgumentException if t is an expanded view (one entry stored for many)
     */
    static void addScaled(Tensor t, double s, Tensor x) {
        if (!java.util.Arrays.equals(t.shape, x.shape)) {
            throw new ShapeMismatchException("addScaledInPlace: " + Shapes.text(t.shape) + " and " + Shapes.text(x.shape));
        }
        for (int k = 0; k < t.shape.length; k++) {
            if (t.strides[k] == 0 && t.shape[k] > 1) {
                throw new IllegalArgumentException("addScaledInPlace: this tensor is an expanded view (axis " + k
                        + " has stride 0), so one stored entry stands for several; make it contiguous first");
            }
        }
        double[] v = values(x);
        int n = t.shape.length;
        int inner = n == 0 ? 1 : t.shape[n - 1];
        int step = n == 0 ? 0 : t.strides[n - 1];
        int[] starts = rowStarts(t.shape, t.strides, t.offset);
        for (int r = 0; r < starts.length; r++) {
            for (int j = 0, p = starts[r]; j < inner; j++, p += step) {
                t.data[p] += s * v[r * inner + j];
            }
        }
    }

    /** Writes rowMajor (numel(view) values) into the entries of view, in row-major order (view's storage is modified). */
    static void write(Tensor view, double[] rowMajor) {
        int n = view.shape.length;
        int inner = n == 0 ? 1 : view.shape[n - 1];
        int step = n == 0 ? 0 : view.strides[n - 1];
        int[] starts = rowStarts(view.shape, view.strides, view.offset);
        for (int r = 0; r < starts.length; r++) {
            for (int j = 0, p = starts[r]; j < inner; j++, p += step) {
                view.data[p] = rowMajor[r * inner + j];
            }
        }
    }
}
