package org.mlbyhand.core.autograd;

import java.util.Arrays;
import org.mlbyhand.core.linalg.ShapeMismatchException;

/**
 * Reading and writing by index, and joining. Indices are whole numbers; for gather and scatter-add they
 * come as a tensor (whose shape matters), for index-select as an {@code int[]}. Forward and local
 * backward (g = ∂L/∂out); the backward of a read is a scatter-add, because an entry read twice
 * receives both gradients:
 * <pre>{@code
 *   index_select  out[…, j, …] = x[…, index[j], …]            dx[…, index[j], …] += g[…, j, …]
 *   gather        out[i] = x[i with i_axis ← index[i]]         dx = zeros.scatter_add(axis, index, g)
 *   scatter_add   out = x;  out[i with i_axis ← index[i]] += src[i]
 *                                                               dx = g,  dsrc = g.gather(axis, index)
 *   cat           out = x₀, x₁, … joined along axis            dxᵢ = the slice of g where xᵢ went
 * }</pre>
 * An embedding lookup is {@code E.indexSelect(0, tokens)}: row t of the table E (V, C) for each token
 * t; a token that occurs twice adds both rows' gradients into E's row t.
 */
public final class Indexing {
    private Indexing() {
    }

    /** out = the slices of x at the given indices along axis, in order. */
    public static final class IndexSelect extends Op {
        private final int axis;
        private final int[] index;

        IndexSelect(Tensor x, int axis, int[] index) {
            this.axis = Shapes.axis("index_select", axis, x.shape);
            this.index = index.clone();
            for (int j = 0; j < index.length; j++) {
                checkIndex("index_select", "index[" + j + "]", index[j], x, this.axis);
            }
        }

        /** Returns the axis (from 0). */
        public int axis() {
            return axis;
        }

        /** Returns a copy of the indices. */
        public int[] index() {
            return index.clone();
        }

        @Override
        public String name() {
            return "index_select";
        }

        Tensor forward(Tensor x) {
            int[] dims = new int[x.ndim()];                          // axis first, the others in order
            dims[0] = axis;
            for (int k = 0, j = 1; k < x.ndim(); k++) {
                if (k != axis) {
                    dims[j++] = k;
                }
            }
            double[] rows = Strided.values(Views.permuted(x, dims));  // (size of axis, rest)
            int rest = x.shape[axis] == 0 ? 0 : rows.length / x.shape[axis];
            double[] picked = new double[index.length * rest];     // (len(index), rest)
            for (int j = 0; j < index.length; j++) {
                System.arraycopy(rows, index[j] * rest, picked, j * rest, rest);
            }
            int[] pickedShape = Views.permuted(x, dims).shape;
            pickedShape[0] = index.length;
            Tensor out = Views.permuted(new Tensor(picked, pickedShape), Views.inverse(dims));
            return record(out.isContiguous() ? out : new Tensor(Strided.copy(out), out.shape), x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            int[] at = new int[g.ndim()];
            Arrays.fill(at, 1);
            at[axis] = index.length;
            double[] where = new double[index.length];
            for (int j = 0; j < index.length; j++) {
                where[j] = index[j];
            }
            Tensor positions = new Tensor(where, at).expand(g.shape);             // index[j] along axis, everywhere
            return grads(Tensors.zeros(input(0).shape).scatterAdd(axis, positions.contiguous(), g.contiguous()));
        }
    }

    /** out[i] = x[i with its axis entry replaced by index[i]]; out has index's shape. */
    public static final class Gather extends Op {
        private final int axis;
        private final Tensor index;

        Gather(Tensor x, int axis, Tensor index) {
            this.axis = Shapes.axis("gather", axis, x.shape);
            this.index = index.detach();
            checkIndexTensor("gather", x, this.axis, index);
        }

        /** Returns the axis (from 0). */
        public int axis() {
            return axis;
        }

        /** Returns the index tensor (whole numbers; not to be modified). */
        public Tensor index() {
            return index;
        }

        @Override
        public String name() {
            return "gather";
        }

        Tensor forward(Tensor x) {
            double[] idx = Strided.values(index);
            int[] pos = positions(x, axis, index.shape, idx);
            double[] out = new double[idx.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = x.data[pos[i]];
            }
            return record(new Tensor(out, index.shape.clone()), x);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(Tensors.zeros(input(0).shape).scatterAdd(axis, index, g));
        }
    }

    /** out = a copy of x with src[i] added at x[i with its axis entry replaced by index[i]]; src has index's shape. */
    public static final class ScatterAdd extends Op {
        private final int axis;
        private final Tensor index;

        ScatterAdd(Tensor x, int axis, Tensor index, Tensor src) {
            this.axis = Shapes.axis("scatter_add", axis, x.shape);
            this.index = index.detach();
            if (!Arrays.equals(index.shape, src.shape)) {
                throw new ShapeMismatchException("scatter_add: index has shape " + Shapes.text(index.shape)
                        + ", src has shape " + Shapes.text(src.shape) + "; they must be equal");
            }
            checkIndexTensor("scatter_add", x, this.axis, index);
        }

        /** Returns the axis (from 0). */
        public int axis() {
            return axis;
        }

        /** Returns the index tensor (whole numbers; not to be modified). */
        public Tensor index() {
            return index;
        }

        @Override
        public String name() {
            return "scatter_add";
        }

        Tensor forward(Tensor x, Tensor src) {
            Tensor out = new Tensor(Strided.copy(x), x.shape.clone());
            double[] idx = Strided.values(index);
            double[] s = Strided.values(src);
            int[] pos = positions(out, axis, index.shape, idx);
            for (int i = 0; i < s.length; i++) {
                out.data[pos[i]] += s[i];
            }
            return record(out, x, src);
        }

        @Override
        public Tensor[] backward(Tensor g) {
            return grads(g, g.gather(axis, index));
        }
    }

    /** out = the inputs joined along axis. */
    public static final class Cat extends Op {
        private final int axis;

        Cat(Tensor[] xs, int axis) {
            if (xs.length == 0) {
                throw new IllegalArgumentException("cat: no tensors to join");
            }
            this.axis = Shapes.axis("cat", axis, xs[0].shape);
            for (int i = 1; i < xs.length; i++) {
                boolean fits = xs[i].ndim() == xs[0].ndim();
                for (int k = 0; fits && k < xs[0].ndim(); k++) {
                    fits = k == this.axis || xs[i].shape[k] == xs[0].shape[k];
                }
                if (!fits) {
                    throw new ShapeMismatchException("cat along axis " + axis + ": tensor 0 is " + Shapes.text(xs[0].shape)
                            + ", tensor " + i + " is " + Shapes.text(xs[i].shape) + "; all sizes but the axis' must agree");
                }
            }
        }

        /** Returns the axis joined along (from 0). */
        public int axis() {
            return axis;
        }

        @Override
        public String name() {
            return "cat";
        }

        Tensor forward(Tensor... xs) {
            int[] shape = xs[0].shape.clone();
            shape[axis] = 0;
            for (Tensor x : xs) {
                shape[axis] += x.shape[axis];
            }
            Tensor out = Tensors.zeros(shape);
            int start = 0;
            for (Tensor x : xs) {
                Strided.write(Views.sliced(out, axis, start, start + x.shape[axis], 1), Strided.values(x));
                start += x.shape[axis];
            }
            return record(out, xs.clone());
        }

        @Override
        public Tensor[] backward(Tensor g) {
            Tensor[] parts = new Tensor[arity()];
            int start = 0;
            for (int i = 0; i < parts.length; i++) {
                int size = input(i).shape[axis];
                parts[i] = g.slice(axis, start, start + size);
                start += size;
            }
            return parts;
        }
    }

    /** Storage positions in x of the entries an index tensor names (row-major over index's shape). */
    private static int[] positions(Tensor x, int axis, int[] indexShape, double[] idx) {
        int[] strides = x.strides.clone();
        strides[axis] = 0;                                  // the axis position comes from the index instead
        int[] shape = Arrays.copyOf(indexShape, indexShape.length + 1);
        shape[indexShape.length] = 1;                       // (…, 1): one run per index entry
        int[] base = Strided.rowStarts(shape, Arrays.copyOf(strides, strides.length + 1), x.offset);
        for (int i = 0; i < base.length; i++) {
            base[i] += (int) idx[i] * x.strides[axis];
        }
        return base;
    }

    private static void checkIndexTensor(String op, Tensor x, int axis, Tensor index) {
        if (index.ndim() != x.ndim()) {
            throw new ShapeMismatchException(op + ": index has shape " + Shapes.text(index.shape) + ", x has shape "
                    + Shapes.text(x.shape) + "; they need the same number of axes");
        }
        for (int k = 0; k < x.ndim(); k++) {
            if (k != axis && index.shape[k] > x.shape[k]) {
                throw new ShapeMismatchException(op + ": index has shape " + Shapes.text(index.shape) + ", x has shape "
                        + Shapes.text(x.shape) + "; on every axis but " + axis + " index may not be larger");
            }
        }
        double[] idx = Strided.values(index);
        for (int i = 0; i < idx.length; i++) {
            checkIndex(op, "index" + TensorFormat.index(index.shape, i), idx[i], x, axis);
        }
    }

    private static void checkIndex(String op, String name, double i, Tensor x, int axis) {
        if (i != Math.rint(i) || i < 0 || i >= x.shape[axis]) {
            throw new IndexOutOfBoundsException(op + ": " + name + " = " + i + " is not a whole number in [0, "
                    + x.shape[axis] + "), the size of axis " + axis + " of x " + Shapes.text(x.shape));
        }
    }
}
