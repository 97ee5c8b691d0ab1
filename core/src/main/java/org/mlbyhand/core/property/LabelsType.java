package org.mlbyhand.core.property;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** An {@code int[]} (class labels, indices) as a value: one axis; it shrinks by setting single entries to 0. */
final class LabelsType implements ValueType<int[]> {

    @Override
    public Class<int[]> type() {
        return int[].class;
    }

    @Override
    public String id() {
        return "labels";
    }

    @Override
    public int[] shape(int[] y) {
        return new int[] {y.length};
    }

    @Override
    public int[] copy(int[] y) {
        return y.clone();
    }

    @Override
    public String format(int[] y) {
        return Arrays.toString(y);
    }

    @Override
    public String describe(int[] y) {
        return "an int[] of length " + y.length;
    }

    @Override
    public int[] deleteIndex(int[] y, int axis, int i) {
        int[] z = new int[y.length - 1];
        System.arraycopy(y, 0, z, 0, i);
        System.arraycopy(y, i + 1, z, i, y.length - 1 - i);
        return z;
    }

    @Override
    public Stream<int[]> simpler(int[] y) {
        return IntStream.range(0, y.length).filter(i -> y[i] != 0).mapToObj(i -> {
            int[] z = y.clone();
            z[i] = 0;
            return z;
        });
    }

    @Override
    public double[] entries(int[] y) {
        return Arrays.stream(y).asDoubleStream().toArray();
    }

    @Override
    public String index(int[] y, int k) {
        return "[" + k + "]";
    }

    @Override
    public void write(DataOutput out, int[] y) throws IOException {
        out.writeInt(y.length);
        for (int v : y) {
            out.writeInt(v);
        }
    }

    @Override
    public int[] read(DataInput in) throws IOException {
        int[] y = new int[ValueTypes.checkedSize(in.readInt(), "an int[]")];
        for (int k = 0; k < y.length; k++) {
            y[k] = in.readInt();
        }
        return y;
    }
}
