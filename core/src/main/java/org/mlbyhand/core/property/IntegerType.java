package org.mlbyhand.core.property;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** An {@code int} as a value. Its shrinking depends on its range, so {@link CaseGen}'s integer arguments do it. */
final class IntegerType extends ScalarType<Integer> {
    IntegerType() {
        super(Integer.class, "integer", "an integer");
    }

    @Override
    public String format(Integer n) {
        return Integer.toString(n);
    }

    @Override
    public double[] entries(Integer n) {
        return new double[] {n};
    }

    @Override
    public void write(DataOutput out, Integer n) throws IOException {
        out.writeInt(n);
    }

    @Override
    public Integer read(DataInput in) throws IOException {
        return in.readInt();
    }
}
