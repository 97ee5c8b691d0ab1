package org.mlbyhand.core.autograd;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Stream;
import org.mlbyhand.core.property.ValueType;
import org.mlbyhand.core.property.ValueTypes;

/**
 * {@link Tensor} as a value the test machinery and the graders can copy, print, shrink, compare and
 * send between processes: its axes are the tensor's, its entries row-major. Registered through core's
 * {@code META-INF/services/org.mlbyhand.core.property.ValueType} (autograd sits beside property, which
 * may not depend on it). A copy is a fresh leaf that requires grad when the original did; the graph
 * and the gradient are not values and are not copied or sent.
 */
public final class TensorType implements ValueType<Tensor> {

    /** For {@link java.util.ServiceLoader}. */
    public TensorType() {
    }

    @Override
    public Class<Tensor> type() {
        return Tensor.class;
    }

    @Override
    public String id() {
        return "tensor";
    }

    @Override
    public int[] shape(Tensor t) {
        return t.shape();
    }

    @Override
    public Tensor copy(Tensor t) {
        Tensor c = new Tensor(t.toArray(), t.shape());
        c.requiresGrad = t.requiresGrad;
        return c;
    }

    @Override
    public String format(Tensor t) {
        return TensorFormat.format(t);
    }

    @Override
    public String describe(Tensor t) {
        return t.ndim() == 0 ? "a 0-d tensor" : "a " + Shapes.text(t.shape) + " tensor";
    }

    @Override
    public Tensor deleteIndex(Tensor t, int axis, int i) {
        int[] shape = t.shape();
        shape[axis]--;
        Tensor head = Views.sliced(t, axis, 0, i, 1);
        Tensor tail = Views.sliced(t, axis, i + 1, t.shape[axis], 1);
        Tensor out = Tensors.zeros(shape);
        Strided.write(Views.sliced(out, axis, 0, i, 1), Strided.copy(head));
        Strided.write(Views.sliced(out, axis, i, shape[axis], 1), Strided.copy(tail));
        return out;
    }

    /** Rounds all entries to whole numbers, then to tenths: each candidate only if it changes something new. */
    @Override
    public Stream<Tensor> simpler(Tensor t) {
        double[] v = t.toArray();
        double[] rounded = v.clone();
        double[] tenths = v.clone();
        for (int k = 0; k < v.length; k++) {
            rounded[k] = Math.rint(v[k]);
            tenths[k] = Math.rint(v[k] * 10) / 10;
        }
        Stream.Builder<Tensor> out = Stream.builder();
        if (!Arrays.equals(rounded, v)) {
            out.add(new Tensor(rounded, t.shape()));
            if (!Arrays.equals(tenths, v) && !Arrays.equals(tenths, rounded)) {
                out.add(new Tensor(tenths, t.shape()));
            }
        }
        return out.build();
    }

    @Override
    public double[] entries(Tensor t) {
        return t.toArray();
    }

    @Override
    public String index(Tensor t, int k) {
        return TensorFormat.index(t.shape, k);
    }

    @Override
    public void write(DataOutput out, Tensor t) throws IOException {
        out.writeInt(t.ndim());
        for (int d : t.shape) {
            out.writeInt(d);
        }
        out.writeBoolean(t.requiresGrad);
        for (double v : t.toArray()) {
            out.writeDouble(v);
        }
    }

    @Override
    public Tensor read(DataInput in) throws IOException {
        int ndim = in.readInt();
        if (ndim < 0 || ndim > 64) {
            throw new IOException("a tensor cannot have " + ndim + " axes");
        }
        int[] shape = new int[ndim];
        long size = 1;
        for (int k = 0; k < ndim; k++) {
            shape[k] = in.readInt();
            if (shape[k] < 0) {
                throw new IOException("a tensor cannot have shape size " + shape[k]);
            }
            size = Math.min(size * shape[k], Long.MAX_VALUE / 2);
        }
        double[] values = new double[readSize(size)];
        boolean requiresGrad = in.readBoolean();
        for (int k = 0; k < values.length; k++) {
            values[k] = in.readDouble();
        }
        Tensor t = new Tensor(values, shape);
        t.requiresGrad = requiresGrad;
        return t;
    }

    private static int readSize(long size) throws IOException {
        if (size > ValueTypes.MAX_ENTRIES) {
            throw new IOException("a tensor has " + size + " entries, more than the " + ValueTypes.MAX_ENTRIES + " allowed");
        }
        return (int) size;
    }
}
