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
 *
 * <p>Two layouts, by far the most common in a network, skip the starts: a contiguous tensor is read
 * as one flat run, {@code data[offset + k]} for row-major index k; and in {@link #zip}, an operand b
 * that is a contiguous block broadcast over the leading axes (a bias row added to every row of a
 * batch, or a scalar) is read as {@code b[k mod numel(b)]}. They visit the same entries in the same
 * order as the general loop, so the results are the same bits.
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
        if (x.isContiguous()) {
            return mapFlat(x.data, x.offset, x.numel(), f);
        }
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
        if (a.isContiguous() && java.util.Arrays.equals(a.shape, shape) && b.isContiguous() && isTrailingBlock(b.shape, shape)) {
            return zipRows(a.data, a.offset, b.data, b.offset, Shapes.numel(shape), b.numel(), f);
        }
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

    /** Returns f applied to x[from], …, x[from + n − 1] (f null: a copy of them). */
    private static double[] mapFlat(double[] x, int from, int n, DoubleUnaryOperator f) {
        if (f == null) {
            return java.util.Arrays.copyOfRange(x, from, from + n);
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = f.applyAsDouble(x[from + k]);
        }
        return out;
    }

    /**
     * Returns out[k] = f(x[from + k], y[yFrom + k mod m]) for k &lt; n: the contiguous x paired, row
     * after row of m entries, with the one contiguous block of m entries y (m divides n).
     */
    private static double[] zipRows(double[] x, int from, double[] y, int yFrom, int n, int m, DoubleBinaryOperator f) {
        double[] out = new double[n];
        for (int row = 0; row < n; row += m) {
            for (int j = 0; j < m; j++) {
                out[row + j] = f.applyAsDouble(x[from + row + j], y[yFrom + j]);
            }
        }
        return out;
    }

    /**
     * True when a tensor of {@code shape}, broadcast to {@code target}, repeats one contiguous block
     * over target's leading axes: without its leading 1s, shape is the end of target ((256,) or
     * (1, 256) in (64, 256); () in anything). Same shape counts, as a block repeated once.
     */
    private static boolean isTrailingBlock(int[] shape, int[] target) {
        int first = 0;
        while (first < shape.length && shape[first] == 1) {
            first++;
        }
        int kept = shape.length - first;
        if (kept > target.length) {
            return false;
        }
        for (int k = 0; k < kept; k++) {
            if (shape[first + k] != target[target.length - kept + k]) {
                return false;
            }
        }
        return true;
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
