package org.mlbyhand.core.property;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.stream.Stream;
import org.mlbyhand.core.linalg.Matrix;
import org.mlbyhand.core.linalg.MatrixFormat;

/** A {@code double[]} vector as a value: one axis; it shrinks as a one-row {@link MatrixType} does. */
final class VectorType implements ValueType<double[]> {

    @Override
    public Class<double[]> type() {
        return double[].class;
    }

    @Override
    public String id() {
        return "vector";
    }

    @Override
    public int[] shape(double[] x) {
        return new int[] {x.length};
    }

    @Override
    public double[] copy(double[] x) {
        return x.clone();
    }

    @Override
    public String format(double[] x) {
        return MatrixFormat.format(x);
    }

    @Override
    public String describe(double[] x) {
        return "a vector of length " + x.length;
    }

    @Override
    public double[] deleteIndex(double[] x, int axis, int i) {
        double[] y = new double[x.length - 1];
        System.arraycopy(x, 0, y, 0, i);
        System.arraycopy(x, i + 1, y, i, x.length - 1 - i);
        return y;
    }

    @Override
    public Stream<double[]> simpler(double[] x) {
        return MatrixType.simplerMatrices(Matrix.row(x)).stream().map(m -> m.row(0));
    }

    @Override
    public double[] entries(double[] x) {
        return x;
    }

    @Override
    public String index(double[] x, int k) {
        return "[" + k + "]";
    }

    @Override
    public void write(DataOutput out, double[] x) throws IOException {
        out.writeInt(x.length);
        for (double v : x) {
            out.writeDouble(v);
        }
    }

    @Override
    public double[] read(DataInput in) throws IOException {
        double[] x = new double[ValueTypes.checkedSize(in.readInt(), "a vector")];
        for (int k = 0; k < x.length; k++) {
            x[k] = in.readDouble();
        }
        return x;
    }
}
