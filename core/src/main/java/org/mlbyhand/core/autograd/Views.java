package org.mlbyhand.core.autograd;

import java.util.Arrays;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Views: ops that change how the storage is read (shape, strides, offset) but copy nothing; the
 * output shares the input's storage. Each backward puts the gradient back into the input's shape:
 * <pre>{@code
 *   reshape    out = x seen as another shape           dx = g.reshape(x.shape)
 *   permute    out axis k = x axis dims[k]             dx = g.permute(dims⁻¹)
 *   slice      out = x[start : stop : step] on axis    dx = zeros(x.shape) with g written at the slice
 *   expand     out = x broadcast (stride 0)            dx = sumTo(g, x.shape)
 *   contiguous out = row-major copy of x               dx = g
 * }</pre>
 * How the strides change: a contiguous (2, 3) tensor has strides (3, 1); its transpose is (3, 2) with
 * strides (1, 3); slicing axis 1 from 1 with step 2 adds 1·1 to the offset and doubles that stride;
 * expanding (1, 3) to (4, 3) sets the first stride to 0, so the one row is read four times.
 */
public final class Views {
    private Views() {
    }

    /** out = x in another shape; x must be contiguous ({@link Tensor#reshape} copies first when it is not). */
    public static final class Reshape extends Op {
        private final int[] shape;

        Reshape(Tensor x, int[] shape) {
            this.shape = inferred(x, shape);
        }

        @Override
        public String name() {
            return "reshape";
        }

        Tensor forward(Tensor x) {
            return record(new Tensor(x.data, shape.clone(), Shapes.contiguousStrides(shape), x.offset), x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g.reshape(input(0).shape));
        }

        /** Resolves one −1 size and checks that the number of entries is unchanged. */
        private static int[] inferred(Tensor x, int[] shape) {
            int[] s = shape.clone();
            int unknown = -1;
            int known = 1;
            for (int k = 0; k < s.length; k++) {
                if (s[k] == -1 && unknown < 0) {
                    unknown = k;
                } else if (s[k] < 0) {
                    throw new IllegalArgumentException("reshape: " + Shapes.text(x.shape) + " to " + Arrays.toString(shape)
                            + ": sizes must be ≥ 0, with at most one −1");
                } else {
                    known *= s[k];
                }
            }
            if (unknown >= 0 && known > 0 && x.numel() % known == 0) {
                s[unknown] = x.numel() / known;
            }
            if (unknown >= 0 && s[unknown] == -1 || Shapes.numel(s) != x.numel()) {
                throw new ShapeMismatchException("reshape: " + Shapes.text(x.shape) + " (" + x.numel() + " entries) cannot be seen as "
                        + Arrays.toString(shape).replace('[', '(').replace(']', ')'));
            }
            return s;
        }
    }

    /** out axis k = x axis dims[k]. */
    public static final class Permute extends Op {
        private final int[] dims;

        Permute(Tensor x, int[] dims) {
            this.dims = checkedPermutation(x.shape, dims);
        }

        /** Returns dims: output axis k is input axis dims[k]. */
        public int[] dims() {
            return dims.clone();
        }

        @Override
        public String name() {
            return "permute";
        }

        Tensor forward(Tensor x) {
            return record(permuted(x, dims), x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g.permute(inverse(dims)));
        }
    }

    /** out = x restricted to indices start, start + step, … below stop along one axis. */
    public static final class Slice extends Op {
        private final int axis;
        private final int start;
        private final int stop;
        private final int step;

        Slice(Tensor x, int axis, int start, int stop, int step) {
            this.axis = Shapes.axis("slice", axis, x.shape);
            if (start < 0 || stop > x.shape[this.axis] || start > stop || step < 1) {
                throw new IndexOutOfBoundsException("slice: [" + start + ", " + stop + ") step " + step + " of axis " + axis
                        + " of a tensor of shape " + Shapes.text(x.shape) + "; needs 0 ≤ start ≤ stop ≤ "
                        + x.shape[this.axis] + " and step ≥ 1");
            }
            this.start = start;
            this.stop = stop;
            this.step = step;
        }

        /** Returns the axis sliced (from 0). */
        public int axis() {
            return axis;
        }

        /** Returns the first index kept. */
        public int start() {
            return start;
        }

        /** Returns the end of the range (excluded). */
        public int stop() {
            return stop;
        }

        /** Returns the step between kept indices. */
        public int step() {
            return step;
        }

        @Override
        public String name() {
            return "slice";
        }

        Tensor forward(Tensor x) {
            return record(sliced(x, axis, start, stop, step), x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            Tensor dx = Tensors.zeros(input(0).shape);
            Strided.write(sliced(dx, axis, start, stop, step), Strided.values(g));
            return grads(dx);
        }
    }

    /** out = x broadcast to a larger shape (stride 0 along expanded axes); −1 keeps a size. */
    public static final class Expand extends Op {
        private final int[] shape;

        Expand(Tensor x, int[] shape) {
            int[] s = shape.clone();
            int pad = s.length - x.ndim();
            for (int k = 0; k < s.length; k++) {
                if (s[k] == -1 && k >= pad) {
                    s[k] = x.shape[k - pad];
                }
            }
            Shapes.broadcastStrides("expand", x.shape, x.strides, s);        // throws if x does not expand to s
            this.shape = s;
        }

        @Override
        public String name() {
            return "expand";
        }

        Tensor forward(Tensor x) {
            return record(new Tensor(x.data, shape.clone(), Shapes.broadcastStrides(name(), x.shape, x.strides, shape), x.offset), x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g.sumTo(input(0).shape));
        }
    }

    /** out = a contiguous row-major copy of x. */
    public static final class Contiguous extends Op {
        @Override
        public String name() {
            return "contiguous";
        }

        Tensor forward(Tensor x) {
            return record(new Tensor(Strided.copy(x), x.shape.clone()), x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g);
        }
    }

    // ---------------------------------------------------------------- views without a node, for the ops' own use

    /** Returns the view of x whose axis k is axis dims[k] of x; records nothing. */
    static Tensor permuted(Tensor x, int[] dims) {
        int[] shape = new int[dims.length];
        int[] strides = new int[dims.length];
        for (int k = 0; k < dims.length; k++) {
            shape[k] = x.shape[dims[k]];
            strides[k] = x.strides[dims[k]];
        }
        return new Tensor(x.data, shape, strides, x.offset);
    }

    /** Returns the view of x at start, start + step, … below stop along axis; records nothing. */
    static Tensor sliced(Tensor x, int axis, int start, int stop, int step) {
        int[] shape = x.shape.clone();
        int[] strides = x.strides.clone();
        shape[axis] = (stop - start + step - 1) / step;
        strides[axis] = x.strides[axis] * step;
        return new Tensor(x.data, shape, strides, x.offset + start * x.strides[axis]);
    }

    /** Returns the inverse permutation: inverse[dims[k]] = k. */
    static int[] inverse(int[] dims) {
        int[] inverse = new int[dims.length];
        for (int k = 0; k < dims.length; k++) {
            inverse[dims[k]] = k;
        }
        return inverse;
    }

    /** Returns 0, 1, …, n−1. */
    static int[] identity(int n) {
        int[] dims = new int[n];
        for (int k = 0; k < n; k++) {
            dims[k] = k;
        }
        return dims;
    }

    /** Returns the permutation that moves the given axes (in order) to the end, the others keeping their order. */
    static int[] movedLast(boolean[] moved) {
        int[] kept = Shapes.indicesOf(moved, false);
        int[] last = Shapes.indicesOf(moved, true);
        int[] dims = Arrays.copyOf(kept, moved.length);
        System.arraycopy(last, 0, dims, kept.length, last.length);
        return dims;
    }

    /** Returns shape with a size-1 axis inserted at axis (in [−ndim−1, ndim]). */
    static int[] unsqueezed(int[] shape, int axis) {
        int a = axis < 0 ? axis + shape.length + 1 : axis;
        if (a < 0 || a > shape.length) {
            throw new IllegalArgumentException("unsqueeze: axis " + axis + " is out of range for a tensor of shape " + Shapes.text(shape));
        }
        int[] s = new int[shape.length + 1];
        System.arraycopy(shape, 0, s, 0, a);
        s[a] = 1;
        System.arraycopy(shape, a, s, a + 1, shape.length - a);
        return s;
    }

    /** Returns shape without axis, which must have size 1. */
    static int[] squeezed(int[] shape, int axis) {
        int a = Shapes.axis("squeeze", axis, shape);
        if (shape[a] != 1) {
            throw new IllegalArgumentException("squeeze: axis " + axis + " of a tensor of shape " + Shapes.text(shape)
                    + " has size " + shape[a] + ", not 1");
        }
        int[] s = new int[shape.length - 1];
        System.arraycopy(shape, 0, s, 0, a);
        System.arraycopy(shape, a + 1, s, a, s.length - a);
        return s;
    }

    /** Returns consecutive slices of x along axis with the given sizes (which must add up to the axis' size). */
    static Tensor[] split(Tensor x, int axis, int[] sizes) {
        int a = Shapes.axis("split", axis, x.shape);
        int total = 0;
        for (int s : sizes) {
            if (s < 0) {
                throw new IllegalArgumentException("split: size " + s + " in " + Arrays.toString(sizes) + " is negative");
            }
            total += s;
        }
        if (total != x.shape[a]) {
            throw new ShapeMismatchException("split: sizes " + Arrays.toString(sizes) + " add up to " + total
                    + ", but axis " + axis + " of " + Shapes.text(x.shape) + " has size " + x.shape[a]);
        }
        Tensor[] parts = new Tensor[sizes.length];
        int start = 0;
        for (int i = 0; i < sizes.length; i++) {
            parts[i] = x.slice(a, start, start + sizes[i]);
            start += sizes[i];
        }
        return parts;
    }

    private static int[] checkedPermutation(int[] shape, int[] dims) {
        if (dims.length != shape.length) {
            throw new IllegalArgumentException("permute: " + Arrays.toString(dims) + " has " + dims.length
                    + " axes, the tensor " + Shapes.text(shape) + " has " + shape.length);
        }
        boolean[] seen = new boolean[dims.length];
        int[] out = new int[dims.length];
        for (int k = 0; k < dims.length; k++) {
            out[k] = Shapes.axis("permute", dims[k], shape);
            if (seen[out[k]]) {
                throw new IllegalArgumentException("permute: " + Arrays.toString(dims) + " is not a permutation of the axes of "
                        + Shapes.text(shape) + " (axis " + dims[k] + " twice)");
            }
            seen[out[k]] = true;
        }
        return out;
    }
}
