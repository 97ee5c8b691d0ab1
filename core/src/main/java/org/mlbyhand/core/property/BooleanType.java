package org.mlbyhand.core.property;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** A {@code boolean} as a value: not a number, so compared with {@code equals}. */
final class BooleanType extends ScalarType<Boolean> {
    BooleanType() {
        super(Boolean.class, "boolean", "true or false");
    }

    @Override
    public String format(Boolean b) {
        return Boolean.toString(b);
    }

    @Override
    public double[] entries(Boolean b) {
        return null;
    }

    @Override
    public void write(DataOutput out, Boolean b) throws IOException {
        out.writeBoolean(b);
    }

    @Override
    public Boolean read(DataInput in) throws IOException {
        return in.readBoolean();
    }
}
